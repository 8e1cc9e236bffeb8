"""A brief the English rules cannot serve still shows the article's opening as its summary."""

from __future__ import annotations

import pytest

from briefs.engine import brief_article
from briefs.model import Article

ARABIC = (
    "أعلنت الحكومة يوم الثلاثاء عن خطة جديدة لمستشفيات البلاد بعد أشهر من الإضراب المتواصل في القطاع الصحي. "
    "وقال وزير الصحة إن الدفعة الأولى من الأموال ستصرف الشهر المقبل للمستشفيات الأكثر تضررا في المناطق الريفية. "
    "ورحبت النقابات بالخطوة لكنها طالبت بمزيد من الوظائف للممرضين والأطباء في جميع أنحاء البلاد."
)
HINDI = (
    "सरकार ने मंगलवार को देश के अस्पतालों के लिए एक नई योजना की घोषणा की, जो महीनों की हड़ताल के बाद आई है। "
    "स्वास्थ्य मंत्री ने कहा कि पहली किस्त अगले महीने सबसे अधिक प्रभावित अस्पतालों को दी जाएगी और काम जल्द शुरू होगा। "
    "यूनियनों ने इस कदम का स्वागत किया लेकिन नर्सों और डॉक्टरों के लिए और पदों की मांग की है।"
)
JAPANESE = (
    "政府は火曜日、数か月にわたるストライキを受けて、国内の病院向けの新しい計画を発表した。"
    "保健相によると、最初の資金は来月、最も大きな影響を受けた病院に支給される予定だという。"
    "労働組合はこの動きを歓迎したが、看護師と医師のポストをさらに増やすよう求めている。"
)


@pytest.mark.parametrize("text", [ARABIC, HINDI, JAPANESE], ids=["arabic", "hindi", "japanese"])
def test_a_page_the_rules_cannot_read_keeps_its_note_and_shows_its_opening(text):
    brief = brief_article(Article(text=text, title="t", source="s"))
    assert brief.notes and brief.notes[0].endswith("summary only")
    assert brief.quotes == () and brief.people == ()
    # The opening sentences, exactly as written, traced to their span.
    first = text[: len(text) // 3]
    assert brief.summary.text and brief.summary.text.startswith(first[:40])
    (start, end), = brief.summary.spans
    assert text[start:end] == brief.summary.text
    assert len(brief.summary.text) <= 450
