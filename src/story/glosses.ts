import type { PassageId } from './types.ts';

// Our English translation of each passage: plain and close to the Urdu, not polished prose.
// Shown under each quote, always labelled as our translation. Brackets mark words we add for sense.
/** English gloss of every passage, by passage id. */
export const GLOSSES: Readonly<Record<PassageId, string>> = {
  p1: 'Albania, accusing Iran of a cyberattack on government websites, has ended diplomatic relations with Tehran.',
  p2: "According to the news agency Associated Press, Albania's prime minister said that his government has broken off diplomatic relations with Iran and has expelled the staff of the Iranian embassy from the country.",
  p3: "Albania and the United States had accused Tehran of allegedly carrying out, about two months ago, a major cyberattack whose target was the Albanian government's websites.",
  p4: 'This step by NATO member Albania is the first such publicly known case in which one country has cut relations with another over a cyberattack.',
  p5a: 'Meanwhile the White House too, on Wednesday, citing a troubling example [of conduct] in cyberspace, has expressed its resolve to respond against Iran.',
  p5b: 'What this action will be has not been made clear.',
  p6: 'In a statement the White House said that its experts have been there for weeks to help Albania, and have concluded that Iran was behind this reckless and irresponsible attack, carried out to destroy systems and leak information.',
  p7: "Albania's Prime Minister Edi Rama said that the Iranian embassy in the Albanian capital Tirana has been formally informed of the government's decision.",
  p8: 'All staff of the Iranian embassy, including diplomatic and security personnel, have been ordered to leave the country within twenty-four hours.',
  p9: "On 15 July this cyberattack temporarily shut down several digital services and websites of the Albanian government.",
  p10a: 'Rama said that the investigation has established that the cyberattack was not carried out by a lone individual or an independent group.',
  p10b: 'He called it state aggression.',
  p11: 'In a video statement the Albanian prime minister said that a detailed investigation has given us irrefutable evidence that the cyberattack against our country was orchestrated by the Islamic Republic of Iran; four groups were involved in it.',
  p12: "According to Iran's state TV, Iran on Wednesday condemned the expulsion of [its] diplomats and called the action wrong and narrow-minded.",
  p13a: "Iran's foreign ministry, in a statement, denied that Iran was behind a cyberattack on any website of the Albanian government.",
  p13b: 'The statement further said that the truth is that Iran itself is the target of such attacks on its critical infrastructure.',
  p14: "Meanwhile the prominent American cybersecurity firm Mandiant had expressed some confidence last month that the attackers were working in support of efforts against Tehran's opponents.",
  p15: 'And a group that calls itself "Homeland Justice" has claimed responsibility for this cyberattack.',
  p16: "Homeland Justice's claim came on a Telegram channel.",
  p17a: 'On Wednesday Rama accused Tehran of recruiting one of the most notorious groups that carry out international cyberattacks, which had been involved in attacks on Israel, Saudi Arabia, the United Arab Emirates, Jordan, Kuwait and Cyprus.',
  p17b: 'He said that Tirana has shared the findings and data of the investigation with its strategic partners and NATO countries.',
  p18: "Meanwhile President Joe Biden's administration says that it supports Albania's decision to break off relations with Tehran.",
};
