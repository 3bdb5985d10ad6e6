"""Persian text of our own, in the shape of isti.ir pages (Persian yeh and keheh, ZWNJ kept)."""

from __future__ import annotations

import random

ZWNJ = "\u200c"

PARKS = [
    "پارک علم و فناوری پردیس",
    "پارک علم و فناوری گیلان",
    "شهرک علمی و تحقیقاتی اصفهان",
    "پارک علم و فناوری یزد",
    "پارک علم و فناوری خراسان رضوی",
]
ORGS = [
    "صندوق نوآوری و شکوفایی",
    "ستاد توسعه فناوری نانو",
    "ستاد توسعه زیست{z}فناوری",
    "مرکز تعاملات بین{z}المللی علم و فناوری",
    "بنیاد ملی نخبگان",
]
FIELDS = [
    "نانوفناوری",
    "زیست{z}فناوری",
    "تجهیزات پزشکی",
    "هوش مصنوعی",
    "انرژی{z}های تجدیدپذیر",
    "مواد پیشرفته",
    "فناوری{z}های کشاورزی",
]
PRODUCTS = [
    "کیت{z}های تشخیصی",
    "فیلترهای دیالیز",
    "پنل{z}های خورشیدی",
    "کاتالیست{z}های صنعتی",
    "کودهای نانو",
    "پروب{z}های سونوگرافی",
]
CITIES = ["تهران", "اصفهان", "تبریز", "مشهد", "شیراز", "رشت", "یزد"]
COUNTRIES = ["ارمنستان", "عراق", "روسیه", "ترکیه", "ازبکستان", "عمان", "کنیا"]

HEADLINES = [
    "صادرات {product} شرکت{z}های دانش{z}بنیان {park} به {m} کشور رسید",
    "افتتاح شتاب{z}دهنده {field} در {city}",
    "تولید {product} با استفاده از {field} در {park}",
    "امضای تفاهم{z}نامه همکاری میان {org} و دانشگاهی در {country}",
    "{n} شرکت نوپا از مراکز نوآوری {park} فارغ{z}التحصیل شدند",
    "بسته حمایتی {org} برای شرکت{z}های حوزه {field} دو برابر شد",
]
QUESTIONS = [
    "آیا شرکت{z}های نوپای {field} در بازار {country} رقابت می{z}کنند؟",
    "زیست{z}بوم {field} در {city} به چه نیاز دارد؟",
]
KICKERS = [
    "رئیس {org} خبر داد",
    "معاون علمی و فناوری رئیس جمهور",
    "در نشست روسای پارک{z}های علم و فناوری",
    "مدیرعامل {park} اعلام کرد",
]
SENTENCES = [
    "به گزارش روابط عمومی {org}، {n} شرکت دانش{z}بنیان فعال در حوزه {field} در این رویداد"
    " حضور داشتند.",
    "{org} اعلام کرد که صادرات {product} در سال گذشته {m} درصد افزایش یافته است.",
    "این شرکت{z}ها محصولات خود را به {m} کشور منطقه از جمله {country} صادر می{z}کنند.",
    "رئیس {park} در این مراسم گفت که حمایت از شرکت{z}های نوپا در اولویت برنامه{z}های سال آینده"
    " قرار دارد.",
    "بر اساس این گزارش، {n} میلیارد ریال تسهیلات به طرح{z}های فناورانه در شهر {city} پرداخت"
    " شده است.",
    "بیشتر این شرکت{z}ها را دانش{z}آموختگان دانشگاه{z}های {city} تاسیس کرده{z}اند.",
    "هیئتی از {country} از آزمایشگاه{z}های {park} بازدید کرد و درباره طرح{z}های مشترک در حوزه"
    " {field} گفت{z}وگو شد.",
    "دوره بعدی این برنامه بر {field} و طرح{z}هایی تمرکز دارد که جایگزین {product} وارداتی"
    " می{z}شوند.",
    "در حال حاضر بیش از {n} واحد فناور در {park} مستقر هستند.",
]
DATE_SENTENCES = [
    "مهلت ثبت{z}نام متقاضیان تا {date} ادامه دارد.",
    "نشست بعدی شورا در تاریخ {date} در {city} برگزار می{z}شود.",
]
SUBHEADINGS = [
    "بازارهای صادراتی تازه",
    "بسته{z}های حمایتی جدید",
    "برنامه{z}های سال آینده",
    "همکاری با دانشگاه{z}ها",
]
LIST_INTROS = ["مهم{z}ترین بخش{z}های این بسته عبارتند از این موارد."]
ITEMS = [
    "تسهیلات با دوره تنفس یک{z}ساله برای صادرکنندگان جدید",
    "پرداخت نیمی از هزینه گواهی{z}های بین{z}المللی",
    "انبارهای مشترک در دو کشور همسایه",
    "مشاوره حقوقی رایگان برای قراردادهای خارجی",
    "حضور در نمایشگاه{z}های {country} با تخفیف",
]
BYLINES = ["دکتر پرویز کرمی", "مهسا احمدی *"]


def fill(rng: random.Random, template: str) -> str:
    """Fill the slots of a template; `{z}` is the zero-width non-joiner."""
    return template.format(
        z=ZWNJ,
        n=rng.randint(3, 480),
        m=rng.randint(4, 19),
        park=rng.choice(PARKS),
        org=rng.choice(ORGS).replace("{z}", ZWNJ),
        field=rng.choice(FIELDS).replace("{z}", ZWNJ),
        product=rng.choice(PRODUCTS).replace("{z}", ZWNJ),
        city=rng.choice(CITIES),
        country=rng.choice(COUNTRIES),
    )


def headline(rng: random.Random) -> str:
    return fill(rng, rng.choice(HEADLINES))


def long_headline(rng: random.Random) -> str:
    """A title of more than 200 characters: several headlines joined by the Persian comma."""
    text = headline(rng)
    while len(text) <= 200:
        text += "، " + headline(rng)
    return text


def question(rng: random.Random) -> str:
    return fill(rng, rng.choice(QUESTIONS))


def kicker(rng: random.Random) -> str:
    return fill(rng, rng.choice(KICKERS))


def byline(rng: random.Random) -> str:
    return rng.choice(BYLINES)


def paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(fill(rng, s) for s in rng.sample(SENTENCES, sentences))


def date_sentence(rng: random.Random, date_text: str) -> str:
    return fill(rng, rng.choice(DATE_SENTENCES).replace("{date}", date_text))


def list_items(rng: random.Random) -> list[str]:
    return [fill(rng, item) for item in rng.sample(ITEMS, rng.randint(3, 4))]


def subheading(rng: random.Random) -> str:
    return fill(rng, rng.choice(SUBHEADINGS))


def list_intro(rng: random.Random) -> str:
    return fill(rng, rng.choice(LIST_INTROS))
