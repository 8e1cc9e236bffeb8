"""The dateline that opens wire copy ("GENEVA (Reuters) -", "SAN JOSE, Calif. (AP) —"): the pieces
the rules that skip it or read its city share. Each rule writes its own city and region, on purpose
(see the comment at each: `meetings._DATELINE`, `summary._DATELINE`, `summary._AGENCY_DATELINE`,
`people._DATELINE_CITY`)."""

from __future__ import annotations

# The dash that ends a dateline: "-", "--", an en or an em dash.
DASH = r"[-\u2013\u2014]{1,2}"
# An agency in brackets, if any, then the dash: " (Reuters) -", " —", "(AP) --". (A dateline that
# names its agency may also glue the lede to it: summary._AGENCY_DATELINE.)
AGENCY_AND_DASH = r"\s*(?:\([^)]{1,30}\)\s*)?" + DASH
