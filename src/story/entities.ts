import type { Entity, EntityId } from './types.ts';

// The gazetteer: every entity the article names, with the exact surface forms it uses. Each surface
// is checked by a unit test to occur in the article, so nothing here is Urdu we made up. Urdu names
// are the article's own spelling, which differs from ISO lists ("البانیہ", not "البانیاہ").

/** The nine countries on the map, in the order the legend lists them. */
export const COUNTRY_IDS = ['ALB', 'IRN', 'USA', 'ISR', 'SAU', 'ARE', 'JOR', 'KWT', 'CYP'] as const;

/** Id of one of the nine countries on the map. */
export type CountryId = (typeof COUNTRY_IDS)[number];

/** All entities of the story. */
export const ENTITIES: readonly Entity[] = [
  {
    id: 'ALB',
    type: 'country',
    iso3: 'ALB',
    isoNumeric: '008',
    names: { ur: 'البانیہ', en: 'Albania' },
    // Name and demonym ("Albanian government", "Albanian prime minister").
    surfaces: ['البانیہ', 'البانوی'],
  },
  {
    id: 'IRN',
    type: 'country',
    iso3: 'IRN',
    isoNumeric: '364',
    names: { ur: 'ایران', en: 'Iran' },
    // The full state name is listed so that it is one mention, not a stray "ایران" inside it.
    surfaces: ['اسلامی جمہوریہ ایران', 'ایران', 'ایرانی'],
  },
  {
    id: 'USA',
    type: 'country',
    iso3: 'USA',
    isoNumeric: '840',
    names: { ur: 'امریکہ', en: 'United States' },
    surfaces: ['امریکہ'],
  },
  { id: 'ISR', type: 'country', iso3: 'ISR', isoNumeric: '376', names: { ur: 'اسرائیل', en: 'Israel' }, surfaces: ['اسرائیل'] },
  {
    id: 'SAU',
    type: 'country',
    iso3: 'SAU',
    isoNumeric: '682',
    names: { ur: 'سعودی عرب', en: 'Saudi Arabia' },
    surfaces: ['سعودی عرب'],
  },
  {
    id: 'ARE',
    type: 'country',
    iso3: 'ARE',
    isoNumeric: '784',
    names: { ur: 'متحدہ عرب امارات', en: 'United Arab Emirates' },
    surfaces: ['متحدہ عرب امارات'],
  },
  { id: 'JOR', type: 'country', iso3: 'JOR', isoNumeric: '400', names: { ur: 'اردن', en: 'Jordan' }, surfaces: ['اردن'] },
  { id: 'KWT', type: 'country', iso3: 'KWT', isoNumeric: '414', names: { ur: 'کویت', en: 'Kuwait' }, surfaces: ['کویت'] },
  { id: 'CYP', type: 'country', iso3: 'CYP', isoNumeric: '196', names: { ur: 'قبرص', en: 'Cyprus' }, surfaces: ['قبرص'] },

  {
    id: 'tirana',
    type: 'city',
    names: { ur: 'ترانا', en: 'Tirana' },
    surfaces: ['ترانا'],
    standsFor: { country: 'ALB', as: 'capital' },
    note: 'Capital of Albania; the article uses it for the Albanian government.',
  },
  {
    id: 'tehran',
    type: 'city',
    names: { ur: 'تہران', en: 'Tehran' },
    surfaces: ['تہران'],
    standsFor: { country: 'IRN', as: 'capital' },
    note: 'Capital of Iran; the article uses it for the Iranian government.',
  },
  {
    id: 'edi-rama',
    type: 'person',
    names: { ur: 'اڈی راما', en: 'Edi Rama' },
    // "وزیر اعظم" (prime minister) names no one else in this article: it is always Rama.
    surfaces: ['اڈی راما', 'راما', 'وزیر اعظم'],
    standsFor: { country: 'ALB', as: 'leader' },
    note: 'Prime Minister of Albania.',
  },
  {
    id: 'joe-biden',
    type: 'person',
    names: { ur: 'جو بائیڈن', en: 'Joe Biden' },
    // Only the two-word name: a bare "جو" is the relative pronoun "who/which".
    surfaces: ['صدر جو بائیڈن', 'جو بائیڈن'],
    standsFor: { country: 'USA', as: 'leader' },
    note: 'President of the United States.',
  },
  {
    id: 'white-house',
    type: 'organisation',
    names: { ur: 'وائٹ ہاؤس', en: 'White House' },
    surfaces: ['وائٹ ہاؤس'],
    standsFor: { country: 'USA', as: 'government-organ' },
    note: 'The US presidency, speaking for the US government.',
  },
  {
    id: 'iran-foreign-ministry',
    type: 'organisation',
    names: { ur: 'ایران کی وزارت خارجہ', en: "Iran's foreign ministry" },
    surfaces: ['ایران کی وزارت خارجہ'],
    standsFor: { country: 'IRN', as: 'government-organ' },
  },
  {
    id: 'iran-state-tv',
    type: 'organisation',
    names: { ur: 'ایران کے سرکار ٹی وی', en: 'Iranian state TV' },
    surfaces: ['ایران کے سرکار ٹی وی'],
    standsFor: { country: 'IRN', as: 'government-organ' },
  },
  {
    id: 'nato',
    type: 'organisation',
    names: { ur: 'نیٹو', en: 'NATO' },
    surfaces: ['نیٹو'],
    placement: { beside: 'ALB', how: 'tied-to', passage: 'p4', why: 'The article names it as the alliance Albania belongs to.' },
    note: 'The North Atlantic Treaty Organization; Albania is a member.',
  },
  {
    id: 'mandiant',
    type: 'organisation',
    names: { ur: 'مینڈئینٹ', en: 'Mandiant' },
    surfaces: ['مینڈئینٹ'],
    placement: { beside: 'USA', how: 'based-in', passage: 'p14', why: 'The article calls it a US cybersecurity firm.' },
    note: 'A US cybersecurity firm ("امریکہ کی ممتاز سائبر سیکیورٹی فرم").',
  },
  {
    id: 'homeland-justice',
    type: 'organisation',
    names: { ur: 'ہوم لینڈ جسٹس', en: 'Homeland Justice' },
    surfaces: ['ہوم لینڈ جسٹس'],
    placement: { beside: 'ALB', how: 'tied-to', passage: 'p15', why: 'It claimed the attack on Albania; the article gives it no place.' },
    note: 'A group that calls itself "Homeland Justice"; the article gives it no location.',
  },
  {
    id: 'notorious-group',
    type: 'organisation',
    names: { ur: 'بدنام زمانہ گروپوں میں سے ایک گروپ', en: 'a notorious hacking group (unnamed)' },
    label: { ur: 'ایک گروپ', en: 'Unnamed group' },
    surfaces: ['بدنام زمانہ گروپوں میں سے ایک گروپ'],
    placement: { beside: 'IRN', how: 'tied-to', passage: 'p17a', why: 'Rama says Tehran recruited it; the article gives it no place.' },
    note: 'The group Rama says Tehran recruited; the article does not name it.',
  },
  {
    id: 'associated-press',
    type: 'organisation',
    names: { ur: 'ایسو سی ایٹڈ پریس', en: 'Associated Press' },
    surfaces: ['ایسو سی ایٹڈ پریس'],
    note: 'News agency the article cites.',
  },
  {
    id: 'telegram',
    type: 'organisation',
    names: { ur: 'ٹیلیگرام', en: 'Telegram' },
    surfaces: ['ٹیلیگرام'],
    placement: { beside: 'homeland-justice', how: 'tied-to', passage: 'p16', why: 'Where the claim of Homeland Justice appeared.' },
    note: 'Messaging service on whose channel the claim appeared.',
  },
  {
    id: 'cyberattacks',
    type: 'topic',
    names: { ur: 'سائبر حملہ', en: 'cyberattack' },
    // The article spells cyber two ways: سائبر and سائیبر.
    surfaces: ['سائبر حملہ', 'سائبر حملے', 'سائیبر حملہ', 'سائیبر حملے'],
    note: 'Every mention of a cyberattack, in both spellings; not always the July attack.',
  },
];

const BY_ID = new Map(ENTITIES.map((e) => [e.id, e]));

/** Looks an entity up by id; undefined for an unknown id (callers decide what that means). */
export function entityById(id: EntityId): Entity | undefined {
  return BY_ID.get(id);
}

/** The countries an entity counts for: itself for a country, the country it stands for otherwise. */
export function countryOf(entity: Entity): EntityId | undefined {
  if (entity.type === 'country') return entity.id;
  return entity.standsFor?.country;
}
