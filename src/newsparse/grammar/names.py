"""Names: a name's titles (`Dr.`, `مهندس`), and Persian given names, with which a byline
under the title opens and a subheading does not.

Persian writes no capitals, so a line of two or three words under the title (`زهرا کریمی`,
`نتایج آزمون بالینی`) says by its first word alone whether it names a person. The list
holds the given names most common in Iran, in Persian letters (a name typed with Arabic
yeh is asked in Persian yeh).
"""

from __future__ import annotations

from typing import Final

GIVEN_NAMES: Final = frozenset(
    """
    علی محمد حسین حسن رضا مهدی احمد محمود مصطفی مجتبی سعید حمید مجید امیر امین
    ابراهیم اسماعیل جواد جعفر عباس کاظم قاسم هادی یوسف یعقوب مرتضی صادق ناصر
    منصور بهروز بهرام بهزاد فرهاد فرشید فرزاد کامران کیوان پرویز داریوش سیاوش
    آرش بابک پیمان پویا کاوه کیانوش شهرام شاهین سینا سامان سهیل نیما میلاد
    محسن مسعود مهران مهرداد مازیار وحید حامد حمیدرضا علیرضا محمدرضا غلامرضا
    عبدالله اکبر اصغر ایمان نادر نوید رامین روزبه سروش شهاب طاهر عماد فرامرز
    مریم زهرا فاطمه زینب معصومه طاهره سمیه اعظم اکرم لیلا لیلی نرگس نسرین نازنین
    سارا سمیرا شیرین مینا مینو مهسا مهناز مژگان ملیحه منیژه پریسا پروین پوران
    رویا رزیتا ریحانه زهره ژاله سپیده ستاره سحر سوسن شبنم شهلا شیما فرشته فریبا
    فرزانه فرناز کبری کتایون گلناز مهتاب مهری نازیلا ندا نگار نیلوفر هانیه هدی
    آزاده آناهیتا الهام الهه بهاره بیتا پگاه ترانه تینا رعنا زری سیمین طناز عاطفه
    """.split()
)

# The one table of a name's titles; English ones are written with a period (`Dr. Ali Rostami`).
ENGLISH_TITLES: Final = ("Dr", "Prof", "Eng", "Mr", "Mrs", "Ms")
PERSIAN_TITLES: Final = ("دکتر", "مهندس")
NAME_TITLES: Final = (*ENGLISH_TITLES, *PERSIAN_TITLES)
# Each as it is written before a name.
WRITTEN_TITLES: Final = frozenset((*(f"{title}." for title in ENGLISH_TITLES), *PERSIAN_TITLES))


def is_signature(text: str) -> bool:
    """Whether a line signs a statement with a name and a post after a comma (`Reza Moradi,
    Managing Director, Isfahan`, `رضا مرادی، مدیرعامل شرکت`): two or three words of a name,
    capitalised or opening with a Persian given name, then the post (a post's word in it, for
    a capitalised name)."""
    name, comma, post = text.replace("،", ",").partition(",")
    words = name.split()
    if words and words[0] in WRITTEN_TITLES:
        words = words[1:]
    if not comma or not post.strip() or not _NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1]:
        return False
    if words[0] in GIVEN_NAMES:
        return True
    # (Capitalised words and a comma alone are a row of tags' too: `Stem Cells, Genetics`.)
    posted = any(word.strip(".,").casefold() in _POSTS for word in post.split())
    return posted and all(
        word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha() for word in words
    )


# A name's words under its title: a given name and a family name, maybe a middle one.
_NAME_WORDS: Final = (2, 3)
# The words of a post a signer names after the comma.
_POSTS: Final = frozenset(
    """
    director head manager president chairman chairwoman chair ceo minister deputy professor
    secretary founder dean chancellor member researcher spokesman spokesperson adviser
    advisor officer coordinator lecturer engineer
    """.split()
)
