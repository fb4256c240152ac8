// What the project knows of Urdu place names beyond i18n-iso-countries, kept as data. The library
// gives one Urdu name per country, sometimes a formal or unusual one (البانیاہ for the البانیہ of
// news copy, ریاست ہائے متحدہ امریکہ for امریکہ, اسلامی جمہوریہ ایران for ایران); news copy also
// names countries by demonym (ایرانی سفارت خانہ) and by capital (تہران for Iran's government).
//
// Only forms we are sure are standard are listed: a wrong form is worse than a missing one, since a
// missing form costs the annotator one line while a wrong one links the reader to the wrong place.
// Forms that are also ordinary Urdu words are listed in `homographs`: the gazetteer then reports
// them for a person to decide instead of counting them. Left out on purpose:
// - شامی (Syrian): also the shami kebab; چیک (Czech): also a bank cheque, "to check";
// - ملیشیا (a spelling of Malaysia seen online): the usual word for "militia";
// - ازبک، تاجک، ترکمن (Uzbek, Tajik, Turkmen): in Afghan news they name Afghanistan's own peoples;
// - ہسپانوی (Spanish) and جنوبی افریقی (southern African): often not about Spain or South Africa;
// - کوریائی (Korean): North or South cannot be told; کانگو: the library gives it to the Republic of
//   the Congo, and news uses it for both Congos;
// - Jerusalem and Tel Aviv: which is Israel's capital is disputed, and the data takes no side;
// - Colombo: Sri Lanka's official capital is Sri Jayawardenepura Kotte.

/** Urdu forms of one country that news copy uses and i18n-iso-countries does not. */
export interface CountryVariants {
  /** Names of the country itself: other spellings, the short name, a full state name. */
  readonly names?: readonly string[];
  /** Words for its people or things ("Iranian"), which the article uses for the country. */
  readonly demonyms?: readonly string[];
}

/** A capital the article may name instead of its country ("Tehran said"). */
export interface CapitalForms {
  /** English name; the city entity's id is made from it. */
  readonly en: string;
  /** ISO 3166-1 alpha-2 code of the country it stands for. */
  readonly country: string;
  /** Urdu spellings. A capital spelled like its country (کویت، سنگاپور) is not listed. */
  readonly forms: readonly string[];
}

/** The project's own Urdu gazetteer data, added to the library's names. */
export interface UrduVariants {
  /** By ISO 3166-1 alpha-2 code, as in the library's `langs/ur.json`. */
  readonly countries: Readonly<Record<string, CountryVariants>>;
  readonly capitals: readonly CapitalForms[];
  /** Forms (from the library or from here) that are also ordinary Urdu words, with that other
   * sense in English: found, they are reported for a person to decide, never counted. */
  readonly homographs: Readonly<Record<string, string>>;
  /** Phrases that contain a place's form but are not that place, with what they are. Matched like
   * any form, they win as the longer match, so "جنوبی امریکہ" is not a mention of the US. */
  readonly notPlaces: Readonly<Record<string, string>>;
  /** For a homograph whose other sense shows in the word after it (مصر ہیں, "they insist"): those
   * words. Followed by any other word it is the place, and is counted; followed by one of these it is
   * reported for a person to decide. A homograph not listed here is always reported. */
  readonly otherSenseBefore: Readonly<Record<string, readonly string[]>>;
}

/** The variants, demonyms, capitals, homographs and non-places this project knows. */
export const URDU_VARIANTS: UrduVariants = {
  countries: {
    AE: { names: ['یو اے ای'], demonyms: ['اماراتی'] },
    AF: { demonyms: ['افغان'] },
    AL: { names: ['البانیہ'], demonyms: ['البانوی'] },
    AR: { names: ['ارجنٹائن'] },
    AU: { demonyms: ['آسٹریلوی'] },
    AZ: { names: ['آذربائیجان'], demonyms: ['آذربائیجانی'] },
    BD: { demonyms: ['بنگلہ دیشی'] },
    BH: { demonyms: ['بحرینی'] },
    BN: { names: ['برونائی'] },
    BR: { demonyms: ['برازیلی'] },
    CA: { demonyms: ['کینیڈین'] },
    CH: { demonyms: ['سوئس'] },
    CN: { names: ['عوامی جمہوریہ چین'], demonyms: ['چینی'] },
    CY: { demonyms: ['قبرصی'] },
    DE: { demonyms: ['جرمن'] },
    DZ: { demonyms: ['الجزائری'] },
    EG: { demonyms: ['مصری', 'مصریوں'] },
    FR: { demonyms: ['فرانسیسی'] },
    GB: { demonyms: ['برطانوی'] },
    GR: { demonyms: ['یونانی'] },
    IE: { names: ['آئرلینڈ'], demonyms: ['آئرش'] },
    IL: { demonyms: ['اسرائیلی', 'اسرائیلیوں'] },
    IN: { names: ['بھارت', 'ہندوستان'], demonyms: ['بھارتی', 'ہندوستانی', 'بھارتیوں'] },
    IQ: { demonyms: ['عراقی'] },
    IR: { names: ['ایران'], demonyms: ['ایرانی', 'ایرانیوں'] },
    IT: { demonyms: ['اطالوی'] },
    JO: { demonyms: ['اردنی'] },
    JP: { demonyms: ['جاپانی'] },
    KW: { demonyms: ['کویتی'] },
    LA: { names: ['لاؤس'] },
    LB: { demonyms: ['لبنانی'] },
    MA: { demonyms: ['مراکشی'] },
    MD: { names: ['مالڈووا'] },
    MM: { names: ['برما'] },
    MX: { demonyms: ['میکسیکن'] },
    MY: { demonyms: ['ملائیشین', 'ملائیشیائی'] },
    NL: { names: ['ہالینڈ', 'نیدرلینڈز'], demonyms: ['ولندیزی'] },
    NP: { demonyms: ['نیپالی'] },
    OM: { demonyms: ['عمانی'] },
    PH: { demonyms: ['فلپائنی'] },
    PK: { names: ['اسلامی جمہوریہ پاکستان'], demonyms: ['پاکستانی', 'پاکستانیوں'] },
    PS: { demonyms: ['فلسطینی', 'فلسطینیوں'] },
    QA: { demonyms: ['قطری'] },
    RU: { demonyms: ['روسی'] },
    // سعودیہ: the short name news copy uses beside سعودی عرب.
    SA: { names: ['سعودیہ'], demonyms: ['سعودی'] },
    SD: { demonyms: ['سوڈانی'] },
    SG: { demonyms: ['سنگاپوری'] },
    SO: { demonyms: ['صومالی'] },
    TH: { demonyms: ['تھائی'] },
    TN: { demonyms: ['تیونسی'] },
    // ترکیہ is the name Türkiye asked for in 2022, now used by Pakistani media beside ترکی.
    TR: { names: ['ترکیہ'], demonyms: ['ترک'] },
    UA: { names: ['یوکرائن'], demonyms: ['یوکرینی'] },
    US: { names: ['امریکہ', 'امریکا'], demonyms: ['امریکی', 'امریکیوں'] },
    VA: { names: ['ویٹیکن'] },
    VN: { names: ['ویتنام'], demonyms: ['ویتنامی'] },
    YE: { demonyms: ['یمنی'] },
  },
  capitals: [
    { en: 'Abu Dhabi', country: 'AE', forms: ['ابوظہبی'] },
    { en: 'Ankara', country: 'TR', forms: ['انقرہ'] },
    { en: 'Athens', country: 'GR', forms: ['ایتھنز'] },
    { en: 'Baghdad', country: 'IQ', forms: ['بغداد'] },
    { en: 'Baku', country: 'AZ', forms: ['باکو'] },
    { en: 'Bangkok', country: 'TH', forms: ['بنکاک'] },
    { en: 'Beijing', country: 'CN', forms: ['بیجنگ'] },
    { en: 'Beirut', country: 'LB', forms: ['بیروت'] },
    { en: 'Berlin', country: 'DE', forms: ['برلن'] },
    { en: 'Brasília', country: 'BR', forms: ['برازیلیا'] },
    { en: 'Cairo', country: 'EG', forms: ['قاہرہ'] },
    { en: 'Canberra', country: 'AU', forms: ['کینبرا'] },
    { en: 'Caracas', country: 'VE', forms: ['کاراکاس'] },
    { en: 'Damascus', country: 'SY', forms: ['دمشق'] },
    { en: 'Dhaka', country: 'BD', forms: ['ڈھاکہ'] },
    { en: 'Doha', country: 'QA', forms: ['دوحہ'] },
    { en: 'Hanoi', country: 'VN', forms: ['ہنوئی'] },
    { en: 'Havana', country: 'CU', forms: ['ہوانا'] },
    { en: 'Islamabad', country: 'PK', forms: ['اسلام آباد'] },
    { en: 'Jakarta', country: 'ID', forms: ['جکارتہ'] },
    { en: 'Kabul', country: 'AF', forms: ['کابل'] },
    { en: 'Kathmandu', country: 'NP', forms: ['کٹھمنڈو'] },
    { en: 'Khartoum', country: 'SD', forms: ['خرطوم'] },
    { en: 'Kuala Lumpur', country: 'MY', forms: ['کوالالمپور'] },
    { en: 'Kyiv', country: 'UA', forms: ['کیف'] },
    { en: 'London', country: 'GB', forms: ['لندن'] },
    { en: 'Madrid', country: 'ES', forms: ['میڈرڈ'] },
    { en: 'Manila', country: 'PH', forms: ['منیلا'] },
    { en: 'Moscow', country: 'RU', forms: ['ماسکو'] },
    { en: 'Muscat', country: 'OM', forms: ['مسقط'] },
    { en: 'Nairobi', country: 'KE', forms: ['نیروبی'] },
    { en: 'New Delhi', country: 'IN', forms: ['نئی دہلی'] },
    { en: 'Ottawa', country: 'CA', forms: ['اوٹاوا'] },
    { en: 'Paris', country: 'FR', forms: ['پیرس'] },
    { en: 'Pyongyang', country: 'KP', forms: ['پیانگ یانگ'] },
    { en: 'Rabat', country: 'MA', forms: ['رباط'] },
    { en: 'Riyadh', country: 'SA', forms: ['ریاض'] },
    { en: 'Rome', country: 'IT', forms: ['روم'] },
    { en: 'Seoul', country: 'KR', forms: ['سیول'] },
    { en: 'Tashkent', country: 'UZ', forms: ['تاشقند'] },
    { en: 'Tehran', country: 'IR', forms: ['تہران'] },
    { en: 'Tirana', country: 'AL', forms: ['ترانا'] },
    { en: 'Tokyo', country: 'JP', forms: ['ٹوکیو'] },
    { en: 'Vienna', country: 'AT', forms: ['ویانا'] },
    { en: 'Warsaw', country: 'PL', forms: ['وارسا'] },
    { en: 'Washington', country: 'US', forms: ['واشنگٹن'] },
  ],
  homographs: {
    // From the library's names.
    مالی: 'financial, as in مالی امداد (financial aid)',
    شام: 'evening, as in شام کو (in the evening)',
    مصر: 'insistent, as in مصر ہیں (they insist)',
    چلی: 'went, the feminine past of چلنا (چلی گئی, she left)',
    عمان: 'Amman, the capital of Jordan, spelled the same',
    پیرو: 'a follower',
    جرسی: 'a jersey (a sports shirt)',
    گنی: 'counted, the feminine past of گننا (گنی گئیں)',
    مالٹا: 'the malta orange',
    جارجیا: 'the US state of Georgia',
    // From ours.
    چینی: 'sugar, as in چینی کی قیمت (the price of sugar)',
    ترک: 'giving up, as in ترک کرنا (to abandon)',
    مصری: 'rock sugar (mishri)',
    یونانی: 'Unani medicine, as in یونانی طب',
    ریاض: 'the given name Riaz',
    روم: 'a room, as in کنٹرول روم (control room)',
    کیف: 'delight or intoxication (کیف)',
  },
  notPlaces: {
    'جنوبی امریکہ': 'South America, a continent',
    'شمالی امریکہ': 'North America, a continent',
    'لاطینی امریکہ': 'Latin America, a region',
    'وسطی امریکہ': 'Central America, a region',
    'لاطینی امریکی': 'Latin American',
    'واشنگٹن پوسٹ': 'The Washington Post, a newspaper',
    // Seas and gulfs that hold a place's name (عمان, روم: Rome): neither countries nor cities. Those that
    // hold none (خلیج فارس) need no entry: nothing in them is taken for a place.
    'بحیرہ روم': 'the Mediterranean Sea',
    'بحیرہ عمان': 'the Sea of Oman (the Gulf of Oman)',
    'خلیج عمان': 'the Gulf of Oman',
    'ترکی بہ ترکی': 'an idiom: tit for tat (ترکی بہ ترکی جواب)',
    'بے چین': 'restless',
    'بے چینی': 'restlessness',
    'پاکستان تحریک انصاف': 'a political party (PTI): an actor, not the country',
    'پاکستان پیپلز پارٹی': 'a political party (PPP): an actor, not the country',
    'پاکستان مسلم لیگ': 'a political party (PML): an actor, not the country',
  },
  otherSenseBefore: {
    // مصر ہیں / مصر ہے / مصر تھے: "insist(s)"; مصر نے, مصر کے, مصر میں: Egypt.
    مصر: ['ہے', 'ہیں', 'تھا', 'تھے', 'تھی', 'تھیں', 'رہے', 'رہا', 'رہی', 'ہوں', 'ہو'],
    // مصری کی ڈلی: a lump of rock sugar; مصری حکومت, مصری وزیر خارجہ: Egyptian.
    مصری: ['ڈلی', 'کی', 'کا', 'کے'],
  },
};
