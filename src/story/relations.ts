import type { ArticleDate, ContextDate, EntityId, ImpliedEnd, PassageId, Relation, RelationType } from './types.ts';

/** An Urdu phrase looked up inside one passage; the model resolves it to a span of the article. */
export interface PhraseRef {
  readonly in: PassageId;
  readonly phrase: string;
}

/** A relation as we write it by hand: its phrases are looked up, not given as offsets, and the
 * lists that are often empty may be left out. `buildStory` resolves it into a Relation. */
export type RelationSpec = Omit<Relation, 'context' | 'impliedEnds' | 'reportedBy' | 'wording' | 'dates' | 'contextDate'> & {
  readonly context?: readonly PassageId[];
  readonly impliedEnds?: readonly ImpliedEnd[];
  readonly reportedBy?: readonly EntityId[];
  readonly wording: PhraseRef;
  readonly dates?: readonly (PhraseRef & { readonly en: string; readonly refersTo: ArticleDate['refersTo'] })[];
  readonly contextDate?: ContextDate;
};

/** English wording of each relation type, for legends and filters. */
export const RELATION_TYPE_LABELS: Readonly<Record<RelationType, string>> = {
  'severs-ties': 'Severs diplomatic ties',
  'expels-diplomats': 'Expels embassy staff',
  accuses: 'Accuses of the cyberattack',
  cyberattack: 'Cyberattack',
  recruits: 'Recruits a hacking group',
  assists: 'Assists',
  supports: 'Supports the decision',
  'vows-response': 'Vows a response',
  condemns: 'Condemns',
  denies: 'Denies',
  'claims-responsibility': 'Claims responsibility',
  'posts-claim': 'Posts the claim on',
  'shares-findings': 'Shares findings',
  'member-of': 'Member of',
  assesses: 'Assesses',
};

const WEDNESDAY = 'بدھ کے روز';

const EARLIER_TARGETS: readonly EntityId[] = ['ISR', 'SAU', 'ARE', 'JOR', 'KWT', 'CYP'];

// Read from the article line by line. Evidence passages name both ends (checked by a unit test);
// context passages add detail without doing so. The English is ours.
/** Every relation the article states. */
export const RELATION_SPECS: readonly RelationSpec[] = [
  {
    id: 'albania-severs-ties',
    type: 'severs-ties',
    source: 'ALB',
    target: 'IRN',
    label: 'severs diplomatic ties with',
    evidence: ['p1', 'p2'],
    context: ['p4', 'p7'],
    assertedBy: ['ALB'],
    alleged: false,
    wording: { in: 'p1', phrase: 'سفارتی تعلقات ختم کر دیے' },
    contextDate: { en: '7 September 2022', why: 'The day Albania announced the break; the article gives no date for it.' },
  },
  {
    id: 'albania-expels-embassy',
    type: 'expels-diplomats',
    source: 'ALB',
    target: 'IRN',
    label: 'expels the staff of the embassy of',
    evidence: ['p2'],
    context: ['p8', 'p7'],
    assertedBy: ['ALB'],
    reportedBy: ['associated-press'],
    alleged: false,
    wording: { in: 'p2', phrase: 'ایرانی سفارت خانے کے عملے کو ملک بدر کردیا' },
    dates: [{ in: 'p8', phrase: 'چوبیس گھنٹے کے اندر', en: 'within 24 hours', refersTo: 'deadline' }],
  },
  {
    id: 'albania-accuses-iran',
    type: 'accuses',
    source: 'ALB',
    target: 'IRN',
    label: 'accuses of the cyberattack',
    evidence: ['p1', 'p3', 'p11'],
    context: ['p10a', 'p10b'],
    assertedBy: ['ALB'],
    alleged: false,
    wording: { in: 'p1', phrase: 'سائبر حملے کا الزام' },
  },
  {
    id: 'us-accuses-iran',
    type: 'accuses',
    source: 'USA',
    target: 'IRN',
    label: 'accuses of the cyberattack',
    evidence: ['p3', 'p6'],
    assertedBy: ['USA'],
    alleged: false,
    wording: { in: 'p3', phrase: 'سائبر حملہ کرنے کا الزام' },
  },
  {
    id: 'iran-attacks-albania',
    type: 'cyberattack',
    source: 'IRN',
    target: 'ALB',
    label: 'allegedly carried out the cyberattack on the government websites of',
    evidence: ['p3', 'p6', 'p11'],
    context: ['p9', 'p10a'],
    assertedBy: ['ALB', 'USA'],
    alleged: true,
    wording: { in: 'p11', phrase: 'سائبر حملہ اسلامی جمہوریہ ایران نے کروایا' },
    dates: [
      { in: 'p9', phrase: 'پندرہ جولائی', en: '15 July', refersTo: 'event' },
      { in: 'p3', phrase: 'تقریباً دو ماہ قبل', en: 'about two months ago', refersTo: 'event' },
    ],
    contextDate: { en: '15 July 2022', why: 'The article gives the day and month, not the year.' },
  },
  {
    id: 'iran-recruits-group',
    type: 'recruits',
    source: 'IRN',
    target: 'notorious-group',
    label: 'recruited',
    evidence: ['p17a'],
    assertedBy: ['ALB'],
    alleged: true,
    wording: { in: 'p17a', phrase: 'ایک گروپ کو بھرتی کرنے کا الزام' },
    dates: [{ in: 'p17a', phrase: WEDNESDAY, en: 'Wednesday', refersTo: 'statement' }],
  },
  ...EARLIER_TARGETS.map(
    (target): RelationSpec => ({
      id: `group-attacked-${target.toLowerCase()}`,
      type: 'cyberattack',
      source: 'notorious-group',
      target,
      label: 'was involved in earlier attacks on',
      evidence: ['p17a'],
      assertedBy: ['ALB'],
      alleged: true,
      wording: { in: 'p17a', phrase: 'حملوں میں ملوث تھا' },
    }),
  ),
  {
    id: 'us-assists-albania',
    type: 'assists',
    source: 'USA',
    target: 'ALB',
    label: 'has experts on the ground helping',
    evidence: ['p6'],
    assertedBy: ['USA'],
    alleged: false,
    wording: { in: 'p6', phrase: 'البانیہ کی مدد کے لیے وہاں موجود ہیں' },
    dates: [{ in: 'p6', phrase: 'ہفتوں سے', en: 'for weeks', refersTo: 'event' }],
  },
  {
    id: 'us-supports-albania',
    type: 'supports',
    source: 'USA',
    target: 'ALB',
    label: 'supports the decision to cut ties with Tehran of',
    evidence: ['p18'],
    assertedBy: ['USA'],
    alleged: false,
    wording: { in: 'p18', phrase: 'فیصلےکی حمایت کرتی ہے' },
  },
  {
    id: 'us-vows-response',
    type: 'vows-response',
    source: 'USA',
    target: 'IRN',
    label: 'vows a response against',
    evidence: ['p5a'],
    context: ['p5b'],
    assertedBy: ['USA'],
    alleged: false,
    wording: { in: 'p5a', phrase: 'جوابی کارروائی کے عزم اظہار کیا' },
    dates: [{ in: 'p5a', phrase: WEDNESDAY, en: 'Wednesday', refersTo: 'statement' }],
  },
  {
    id: 'iran-condemns-expulsion',
    type: 'condemns',
    source: 'IRN',
    target: 'ALB',
    label: 'condemns the expulsion of its diplomats by',
    evidence: ['p12'],
    impliedEnds: [
      {
        passage: 'p12',
        entity: 'ALB',
        resolvedBy: ['p2'],
        why: 'The expelled diplomats are the Iranian embassy staff Albania ordered out.',
      },
    ],
    assertedBy: ['IRN'],
    reportedBy: ['iran-state-tv'],
    alleged: false,
    wording: { in: 'p12', phrase: 'ملک بدری کی مذمت کی' },
    dates: [{ in: 'p12', phrase: WEDNESDAY, en: 'Wednesday', refersTo: 'statement' }],
  },
  {
    id: 'iran-denies-attack',
    type: 'denies',
    source: 'IRN',
    target: 'ALB',
    label: 'denies being behind the cyberattack on',
    evidence: ['p13a'],
    context: ['p13b'],
    assertedBy: ['IRN'],
    alleged: false,
    wording: { in: 'p13a', phrase: 'اس بات کی تردید کی' },
  },
  {
    id: 'homeland-justice-claims',
    type: 'claims-responsibility',
    source: 'homeland-justice',
    target: 'ALB',
    label: 'claims responsibility for the cyberattack on',
    evidence: ['p15'],
    context: ['p16'],
    impliedEnds: [
      {
        passage: 'p15',
        entity: 'ALB',
        resolvedBy: ['p3', 'p9'],
        why: '"This cyberattack" is the attack on Albanian government websites.',
      },
    ],
    assertedBy: ['homeland-justice'],
    alleged: false,
    wording: { in: 'p15', phrase: 'ذمہ داری کا دعوی کیا' },
  },
  {
    id: 'homeland-justice-telegram',
    type: 'posts-claim',
    source: 'homeland-justice',
    target: 'telegram',
    label: 'posted its claim on a channel of',
    evidence: ['p16'],
    assertedBy: [],
    alleged: false,
    wording: { in: 'p16', phrase: 'دعوی ایک ٹیلیگرام چینل پر آیا' },
  },
  {
    id: 'albania-shares-findings',
    type: 'shares-findings',
    source: 'ALB',
    target: 'nato',
    label: 'shares its findings with its strategic partners and the countries of',
    evidence: ['p17b'],
    assertedBy: ['ALB'],
    alleged: false,
    wording: { in: 'p17b', phrase: 'نیٹو ممالک کے ساتھ شیئر کیا' },
  },
  {
    id: 'albania-nato-member',
    type: 'member-of',
    source: 'ALB',
    target: 'nato',
    label: 'is a member of',
    evidence: ['p4'],
    assertedBy: [],
    alleged: false,
    wording: { in: 'p4', phrase: 'نیٹو کے رکن ملک البانیہ' },
  },
  {
    id: 'mandiant-assesses',
    type: 'assesses',
    source: 'mandiant',
    target: 'IRN',
    // The act of assessing is stated; what it assesses is hedged ("کسی حد تک اعتماد"), and the label
    // says so. Like an accusation, the edge is stated.
    label: 'assessed, with some confidence, that the attackers worked against the opponents of',
    evidence: ['p14'],
    assertedBy: ['mandiant'],
    alleged: false,
    wording: { in: 'p14', phrase: 'کسی حد تک اعتماد ظاہر کیا' },
    dates: [{ in: 'p14', phrase: 'گزشتہ ماہ', en: 'last month', refersTo: 'statement' }],
  },
];
