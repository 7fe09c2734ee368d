import type { MentionKind } from '../types.js';
import { allMatches } from './matches.js';
import { ADDS_TO_TOTAL, readReleaseNoun } from './release-noun.js';

/** What the words around a count say about it; `inherit` when they say nothing (a part of an earlier count). */
export interface KindReading {
  kind: MentionKind | 'inherit';
  /** The predicate's offset in the sentence, to extend the evidence span. */
  cueStart: number;
  cueEnd: number;
  /** A concrete near-term cue ("today", "on Thursday", "set to") backs an announcement. */
  future: boolean;
  /** A future release with no day or batch cue: a batch or a term, decided by its size against the target. */
  openFuture?: boolean;
  /** Present perfect ("have freed"): news uses it for what is true as of publication. */
  perfect?: boolean;
  /** Simple present ("Brevnia frees 40", "inmates walk free"): headline and ticker style for the day's news. */
  present?: boolean;
}

/** A number told in words, as the next word: "swapped thirteen", "reaches a hundred". */
export const NUMBER_WORD_AHEAD = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a dozen|dozens|a hundred|hundreds|a thousand|thousands)\b`;
/** Where a handover puts people still in custody: "delivered to the prison", "turned over to police". */
const TO_CUSTODY = String.raw`(?!(?:\s+\S+){0,6}?\s+to\s+(?:the\s+)?(?:[\w-]+\s+)?(?:police|prosecutors?|courts?|judges?|prisons?|jails?|detention|custody|camps?|authorities|security\s+(?:forces|services)|intelligence|investigators)\b)`;
/** After "took"/"taken": taking part, taking hostages and taking into custody carry no freed people. */
const NOT_CARRIED = String.raw`\s+(?:part|hostages?|captives?|prisoners?|into\s+(?:custody|detention|captivity)|in\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:raid|attack|assault|incursion)|(?:[\w'’-]+\s+){0,3}?from\s+(?:the|their|a|an|its|his|her)\s+(?:[\w'’-]+\s+)?(?:schools?|hostels?|dormitor(?:y|ies)|homes?|houses?|villages?|church(?:es)?|mosques?|farms?|fields?|roads?|highways?|bus(?:es)?|trains?|vehicles?|cars?|boats?|ships?|vessels?|rigs?|plants?|compounds?|sites?|hotels?|offices?|classrooms?|beds?))`;

/** Things a side releases or hands over that are not people: "released a video", "the list Pakistan handed to India". */
const MEDIA = String.raw`(?:videos?|footage|statements?|photos?|images?|pictures?|recordings?|reports?|figures|details|data|lists?|names|proof|audio|documents?|letters?|communiqu[eé]s?|messages?|clips?|tapes?|dossiers?|petitions?|notes?)`;
/** "release" in any form, not of a video, a statement or a list. */
export const RELEASE_NOT_OF_MEDIA = String.raw`(?<!\b${MEDIA}\s+)releas(?:e|es|ed|ing)(?!\s+(?:a\s+|an\s+|the\s+|new\s+|its\s+|their\s+)?${MEDIA}\b)`;

/** Not a list or a letter handed over: "the list Pakistan handed to India", "a letter was handed over". */
const NOT_OF_A_LIST = String.raw`(?<!\b${MEDIA}\s+(?:[\w'’-]+\s+){0,3})`;

/** What people cross to come home: "the front line", "the border", "the Kell bridge". */
export const CROSSING_PLACE = String.raw`(?:front[-\s]?lines?|border|bridge|frontier|line|checkpoint|crossing)`;

/** Release verbs in any form; the auxiliaries around them decide tense and modality. */
const RELEASE_VERB = new RegExp(
  String.raw`\b(?:${RELEASE_NOT_OF_MEDIA}|free(?:s|d|ing)?|pardon(?:s|ed|ing)?|let(?:ting)?\s+(?:\S+\s+){0,11}?(?:go|out)|let(?:ting)?\s+(?:(?:about|some|around|nearly|more than|over|another|a further|the\s+remaining|the\s+last)\s+)?(?:\d[\d,]*|${NUMBER_WORD_AHEAD})\s+(?:[\w'’-]+\s+){0,3}?off\b|lets\s+(?:\S+\s+){0,7}?go|walk(?:s|ed|ing)?\s+(?:free|out)|${NOT_OF_A_LIST}hand(?:s|ed|ing)?\s+(?:over|back)|hand(?:s|ed|ing)?\s+(?:\S+\s+){1,5}?(?:back|over)\s+to\b|(?:left|leave|leaves|leaving|(?:walked|strolled|marched|streamed|poured|filed|driven|led|escorted|bused|bussed|ushered)\s+out\s+of)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:prison|jail|gaol|custody|detention|captivity|compound|camp|colony|penitentiary|besieged\s+\w+)|(?:stepped|stepping|got|getting)\s+off\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:plane|flight|bus|aircraft|jet|coach|boat|ship|vessel|ferry|launch|helicopter|train)|disembark(?:ed|ing|s)?|restored\s+to\s+(?:liberty|freedom)|(?:gave|give|gives|granted|grant|grants)\s+(?:\w+\s+)?(?:freedom|liberty)\s+to|set\s+(?:\S+\s+){0,5}?(?:free|at\s+liberty)|return(?:s|ed|ing)?(?!\s+to\s+(?:their|the|his|her|its)\s+(?:homes?|villages?|towns?|cities|north|south|areas?|neighbou?rhoods?|land|country))|repatriat(?:e|es|ed|ing)|came\s+out|c(?:a|o)me\s+home|coming\s+home|(?:arrived|landed)\s+(?:back\s+)?(?:home|in\s+(?:their|his|her)\s+(?:homeland|home\s+country))|flew|flown|fly|flying|took(?!${NOT_CARRIED})|taken(?!${NOT_CARRIED})|brought|bring(?:s|ing)?\s+(?:home|back)|sent|carried(?!\s+(?:out|off|away)\b)|go\s+free|went\s+free|going\s+free|(?:go|goes|went|going)\s+home|(?:went|crossed|headed|came)\s+the\s+other\s+way|amnest(?:y|ied)(?!\s+International)|(?:granted|received|receive|receives|given|got|won)\s+(?:an?\s+)?(?:presidential\s+|royal\s+|state\s+|full\s+)?(?:pardons?|amnesty|clemency)|swapped|exchanged|chang(?:ed|e|es|ing)\s+hands|liberat(?:e|es|ed|ing)|(?:gave|give|gives|giving|given)\s+back|(?:gave|give|gives|giving)\s+up(?=\s+(?:(?:about|some|around|nearly|more than|over|another|a further|the\s+last|the\s+remaining)\s+)?(?:\d|${NUMBER_WORD_AHEAD}))|deliver(?:s|ed|ing)?${TO_CUSTODY}(?=(?:\s+\S+){0,6}?\s+to\b)|turn(?:s|ed|ing)?${TO_CUSTODY}\s+(?:\S+\s+){0,5}?over\b(?!\s+(?:themselves|himself|herself))|discharg(?:e|es|ed|ing)\s+(?:\S+\s+){0,4}?from\s+(?:prison|jail|detention|custody|captivity)|${NOT_OF_A_LIST}handed(?!\s+down|\s+(?:[\w'’-]+\s+){0,3}?(?:sentences?|terms?|verdicts?|fines?|penalt(?:y|ies))\b)|transferred\s+to\s+(?:freedom|(?:their|his|her)\s+(?:homeland|home\s+country)|the\s+other\s+side|[A-Z][\w'’-]+(?!\s+(?:prison|jail|camp|detention|penal|colony|custody|police|military)))|(?:allowed|permitted)\s+(?:to\s+(?:leave|depart|go\s+home|return\s+home|walk\s+free)|home\b)|cross(?:ed|es|ing)?\s+(?:back\s+)?(?:into|over\s+(?:to|into)|through\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:lines?|border|frontier|checkpoint|crossing)|(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}${CROSSING_PLACE})|(?:went|go|goes|going|came|come|comes|coming|walked|walking|headed|heading|driven|bused|bussed)\s+back\s+(?:across|over)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}${CROSSING_PLACE}|(?:got|gets|getting|get)\s+back|recover(?:ed|s|ing)?(?=\s+(?:(?:about|some|nearly|more than|over|another|a further)\s+)?[\d,]+\s+(?:of\s+(?:its|their|our)|(?:\w+\s+){0,2}(?:prisoners|soldiers|servicemen|citizens|nationals|POWs|defenders|hostages)))|c(?:a|o)me\s+back|coming\s+back|reunit(?:ed|es|ing)\s+with|regain(?:s|ed|ing)?\s+(?:(?:their|his|her)\s+)?(?:freedom|liberty)|(?<!\b(?:jails?|prisons?|camps?|facility|facilities|centres?|centers?|penitentiary|colony|hospitals?|has|have|had)\s)receiv(?:e|es|ed|ing)(?=\s+(?:back\s+)?(?:(?:about|some|nearly|more than|over|another|a further)\s+)?(?:[\d,]+|${NUMBER_WORD_AHEAD})\s+(?:of\s+(?:its|their|our)\b|(?:[\w'’-]+\s+){0,3}?(?:from|back)\b))|(?:issu|sign|extend)(?:e|es|ed|ing)\s+(?:\S+\s+){0,2}?(?:pardons?|amnest(?:y|ies)|clemency)|gave\s+(?:\S+\s+){0,2}?(?:pardons?|amnest(?:y|ies)|clemency)|traded|(?:are|is|were|was)\s+(?:(?:confirmed|reported|said|known)\s+to\s+be\s+)?(?:now\s+|safely\s+|finally\s+)?(?:back|home)(?!\s+(?:to|from|behind|in\s+(?:jail|prison|custody|detention))\b)|(?:swaps?|exchanges?|trades?)(?=\s+(?:(?:some|about|around|nearly|almost|more than|over|at least|another|a further)\s+)?(?:\d|${NUMBER_WORD_AHEAD})))\b`,
  'gi',
);

/** "a week in which", "during the truce", "over the pause": a past figure summed over a period, not one batch. */
const PERIOD_SUMMARY =
  /(?:days|weeks?|fortnight|months?|years?|period|spell|truce|pause|ceasefire|phase)\s+(?:in|during)\s+which|(?:during|over|throughout)\s+the\s+(?!next\b|coming\b)(?:[\w-]+\s+){0,4}?(?:truce|pause|ceasefire|period|process|weeks|months|years)\b(?!['’])/i;

const CUMULATIVE = new RegExp(
  String.raw`\b(?:so far|to date|thus far|in total|a total of|the total|total(?:led|ing|s)?\b|tally|bring(?:s|ing)? (?:the (?:total|numbers?|figures?|tally|count)(?: [\w'’-]+){0,8}? )?to|(?:brought|taking) (?:the (?:total|numbers?|figures?|tally|count)(?: [\w'’-]+){0,8}? |\w+ )?to|lift(?:s|ed|ing)? (?:to|the (?:total|numbers?|figures?|tally|count))|reach(?:ed|es)?\s+(?:(?:about|some|around|nearly|almost|more than|over|at least|a total of|a record|the)\s+)*(?=[\d#]|${NUMBER_WORD_AHEAD})|stands? at|stood at|now stands|put the number|number(?:s|ed)? (?:\w+ ){0,8}?at\b|in the space of|in (?:two|three|four|five|\d+) days|settled on|with (?:their|his|her|its|this|these|today's|today’s|tonight's|tonight’s|yesterday's|yesterday’s|the latest) (?:[\w-]+ )?(?:releases?|returns?|handovers?|departures?|arrivals?|freedom|group|batch|busload|contingent),|(?:operation|crisis|siege|exchange|swap|process)\s+as\s+a\s+whole|since (?:the\s+)?(?:[\w'’-]+\s+){1,6}(?:began|begun|started|opened|took effect|came into (?:force|effect))|since (?:the|their|its)\s+(?:[\w-]+\s+){0,2}?(?:kidnapping|abduction|hijacking|hijack|siege|raid|seizure|capture|deal|agreement|accord|truce|ceasefire|exchanges|swaps|talks|amnesty|decree)\b|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the start|jan|feb|march|april|may|june|july|aug|sept|oct|nov|dec|\d)|altogether|all told|overall|cumulative|now been|have now|has now|had now|(?:have|has|had) already been|halfway|(?:climbed|risen|rose|grown|pushed|jumped|increased)\s+(?:\w+\s+)?(?:to|past)|the number of|put (?:the (?:number|total|figure)|it) at|(?<!(?:earlier|later|early|late|of|in\s+\w+)\s)this year\b)`,
  'i',
);

const OTHER =
  /\b(?:still (?:hold|held|being held|behind|in|detained|jailed|imprisoned|captive)|remain(?:s|ed|ing)? (?:in|behind|jailed|imprisoned|detained|held|captive)|(?:now|still)\s+remain(?:s|ed)?\b|remain(?:s|ed)?(?=\s*(?:[.;,)]|$))|remain(?:s|ed|ing)? with (?:the|their|its|his|her) (?:[\w'’-]+ ){0,2}?(?:kidnappers|captors|abductors|gang|gunmen|rebels|militants|group|pirates|bandits|hijackers|militia)\b|behind bars|(?:are|is|were|being) (?:currently |still |now )?held|(?:holds?\b|holding)(?!\s+(?:both|dual|\w+\s+(?:citizenship|passports?|nationality)))|(?:are|were|is|was) (?:dead|deceased)|fac(?:e|es|ed|ing) (?:trial|charges|prosecution)|on trial|stand(?:s|ing)? trial|sentences to|kidnapp?(?:ed|ing)|abduct(?:ed|ing)|carr(?:ied|y|ies|ying)\s+(?:off|away)|seiz(?:ed|ing)|captured|taken (?:hostage|captive|prisoner)|arrest(?:ed|ing)|re-?arrested|detain(?:ed|ing)|escap(?:e|ed|ing)|fled|flee(?:s|ing)?|(?:slipped|slip|slips|slipping|broke|break|breaking|ran|run|running|got|get|getting)\s+away|refus(?:e|ed|ing)|reject(?:ed|ing)|dispute|died|imprisoned|jailed|sentenced|convicted|found guilty|charges against|defendants|transferr?(?:ed|ing)|sent \d|none of|not (?:been )?(?:released|freed|included)|yet to be|excluded|hunger strike|joined|built for|capacity|(?:enough|room|space|beds?|seats?) for|unaccounted|still missing|remain(?:s|ed|ing)? missing|rescu(?:ed|ing)|found (?:alive |safe )?by|\bheld\s+(?:(?:on\s+to|onto|back|a further|another|the other|the remaining|some|about|around|nearly|at least|more than|over)\s+)*#|\b(?:leav(?:e|es|ing)|left)\s+(?:(?:only|just|still|some|about|around|nearly|almost|at least|more than|over|another|a further|the other|the remaining)\s+)*#|\b(?:not|never)\s+(?:cover|include|apply to|benefit|extend to)\s+(?:(?:about|around|some|nearly|more than|over|the)\s+)?#)/i;

/** "the 120 detainees held at Fort Ambre": people named by where or by whom they are held. */
const HELD_AT_AFTER = /^\s+(?:of\s+war\s+)?held\s+(?:at|in|by|since|for|without)\b/i;

/** Words of a promise, term or demand: a count under them is a pledge unless a past release is told. */
const PLEDGE_TERMS =
  /\b(?:supposed to|stipulat\w*|calls? for|called for|calling for|(?:ask(?:s|ed|ing)?\s+for|request(?:s|ed|ing)?)\s+(?:the|their|his|her|its)\s+(?:[\w-]+\s+)?(?:release|freedom|return|handover)\b|demand\w*|agree(?:s|d|ing)?\b|promis\w*|commit(?:s|ted|ting|ment|ments)?\b|pledg\w*|to be (?:released|freed|let|set|pardoned)|(?:are|is|was|were) to (?:be |leave|go|walk)|until|target|propos\w*|in exchange for|condition(?:ed|al)?\b|insist\w*|seek\w*|sought|ready to|willing|start(?:ing)? (?:to )?releas|begin (?:to )?releas|every (?:day|week|two|month)|each day|per day|in phases|step by step|halfway point|obliged|obliges|trading|provides? for|provided for|freedom for|set in motion|approv\w*|order freeing|resolution|envisag\w*|foresee\w*|(?:the|a|under the) plan\b|(?:would|will|could)\s+(?:eventually\s+|ultimately\s+|later\s+)?(?:cover|benefit|apply to|extend to)|extend\w*\s+(?:the\s+)?(?:amnesty|pardons?|clemency|releases?)\s+to)/i;

/** Names of a deal or a swap: context, not a promise; a count told as released under them was released. */
const DEAL_WORDS = /\b(?:agreement|deal|accord|arrangement|swap|exchange)\b/i;

/** "Three days after the swap, two were flown home": a deal named as done, the time a release is counted from. */
const DEAL_BEHIND =
  /\b(?:days?|weeks?|hours?|shortly|soon|just|only|a day|the day)\s+after\s+(?:the|that|this|last|\w+(?:'s|’s))\s+(?:[\w-]+\s+)?(?:swap|exchange|deal|handover)\b/gi;

/** A commutation that frees, not one that swaps a death sentence for a prison term ("commuted ... to life"). */
const COMMUTED =
  /\bcommuted\s+(?:the\s+)?(?:remaining\s+)?(?:prison\s+|jail\s+)?(?:sentences?|terms?)(?:\s+of)?(?!\s+(?:\S+\s+){0,6}?to\s+(?:life|\S+\s+years?)\b)/gi;

/** Either: near a count that looks held, a pledge word says it is a term ("the deal provides for 5,000 held"). */
const PLEDGE = new RegExp(`${PLEDGE_TERMS.source}|${DEAL_WORDS.source}`, 'i');

const ANNOUNCEMENT =
  /\b(?:(?:is|are|was|were)\s+(?:planned|scheduled|set|slated|due|expected)\s+for\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|tomorrow|this|next)|(?:is|are|was|were) (?:set|due|expected|scheduled|slated|poised|preparing|about) to|(?:is|are|was|were|stood|stand|stands) ready to(?:\s+\S+){1,8}\s+(?:today|tonight|tomorrow|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))|about to|being readied|readied|(?:were|was) to be (?:let|released|freed|set)|(?:were|was) to (?:go|walk|be)|will (?:be )?(?:releas|free|let|set|hand|pardon|walk|go)\w*(?:\s+\S+){0,8}\s+(?:today|tonight|tomorrow|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))|would go free that day|later (?:today|this week)|(?:is|are) (?:expected|due)\s+(?:(?:to\s+(?:arrive|come|land)\s+)?(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|today|tonight|tomorrow|later today|this (?:morning|afternoon|evening|weekend))))/i;

const NEAR_TERM =
  /\b(?:today|tonight|tomorrow|(?:by|before)\s+(?:midnight|noon|midday|nightfall)|next (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this (?:morning|afternoon|evening|week)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|that day|\((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\)|on (?:the )?\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|on (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b)/i;
/**
 * The count's own finite predicate of capture, not inside a relative clause: "... were recaptured by police". A past
 * perfect ("had been captured") tells how people later freed came to be held, and is left out.
 */
const CAPTURE_PREDICATE =
  /\b(?:(?:were|was|(?:have|has)\s+(?:since\s+|now\s+|later\s+|already\s+)?been)\s+(?:later\s+|quickly\s+|soon\s+|since\s+|already\s+)?(?:re-?arrested|deported|expelled|re-?captured|re-?detained|re-?jailed|re-?imprisoned|arrested|detained|captured|kidnapped|abducted|seized|kept\s+(?:in\s+(?:custody|detention|jail|prison)|behind\s+bars))|had\s+been\s+(?:re-?arrested|re-?captured|re-?detained|re-?jailed)|(?:were|was|had\s+been|have\s+been)\s+kept\s+(?:in|on|aboard|below|inside)\b|(?:were|was|have\s+been|has\s+been)\s+transferred\s+to\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:detention|prison|jail|camp|holding)|(?:are|is|remain|remains|stay|stays|will\s+stay|will\s+remain)\s+(?:still\s+)?(?:aboard|on\s+board)|(?:are|is|were|was|remain|remains)\s+still\s+(?:in|with|held|detained|missing|there|inside|captive|trapped|aboard|on\s+board)\b|(?:remain|remains|remained)\s+in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?hands\b|(?:are|is|were|was)\s+(?:(?:all|now|then|currently|already)\s+)?in\s+(?:(?:the\s+)?(?:[\w'’-]+\s+){0,2}?hands\b(?!\s+of)|captivity\b)|(?:are|is)\s+(?:currently\s+|now\s+)?(?:held|detained|jailed|imprisoned)\b|(?:remain|remains|remained)\s+in\s+(?:pre-?trial\s+|police\s+|military\s+)?(?:detention|custody)|(?:refused|declined|chose\s+not)\s+to\s+(?:leave|go|return|be\s+(?:freed|released|repatriated|exchanged))|(?:are|is|were|was|(?:have|has|had)\s+been)\s+(?:now\s+|already\s+)?back\s+(?:behind\s+bars|in\s+(?:jail|prison|custody|detention|captivity|(?:their|a|the)\s+cells?))|had\s+applied\s+for|(?:have|has)\s+applied\s+for|applied\s+for)\b/i;

/** Whether the count's own predicate, within 60 characters and outside any clause opened before it, is one of capture. */
function capturedAfter(right: string): boolean {
  const found = CAPTURE_PREDICATE.exec(right.slice(0, 90));
  return (
    found !== null &&
    found.index <= 60 &&
    !/[.;,]|\b(?:who|which|that|after|before|when|and)\b/i.test(right.slice(0, found.index))
  );
}

/** A verb of capture or holding right before a count: "re-arrested 14", "rounded up 12", "keeps nine", "is holding 19". */
export const CAPTURED_BEFORE =
  /\b(?:re-?arrested|arrested|detained|seized|abducted|kidnapped|captured|rounded up|jailed|imprisoned|took hostage|recruit(?:s|ed|ing)|conscript(?:s|ed|ing)|interview(?:s|ed|ing)|survey(?:s|ed|ing)|visit(?:s|ed|ing)|(?:met|meets|meeting)\s+(?:with\s+)?|spoke\s+(?:to|with)|enlist(?:s|ed|ing)|mobili[sz](?:es|ed|ing)|deploy(?:s|ed|ing)|threat\w*\s+to\s+(?:kill|execute|behead|harm|shoot)|holding|holds|held|keeps?|keeping|kept|retains?|retained|excluded|excludes|exclude|exempted|still\s+(?:has|have|had))\s+(?:on\s+to\s+|onto\s+|back\s+)?(?:(?:another|a further|at least|more than|about|around|some|nearly|up to|over|only|just|the|the remaining|the other|all|an estimated|roughly|approximately)\s+)?(?:(?:a|the)\s+(?:group|party|busload|total)\s+of\s+)?$/i;

/** A verb of saying or of a decision with its own day: "said on Sunday", "passed on Tuesday", "told reporters on Monday". */
const REPORT_DAY =
  /\b(?:said|says|announced|stated|declared|added|confirmed|promised|pledged|vowed|passed|signed|approved|adopted|published|issued|decided|voted|reached|struck|agreed|told (?:\w+\s+){0,2}?)\s+(?:late\s+|early\s+)?(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|today|yesterday)\b/gi;
/** A near future vaguer than a day that still makes a release a concrete batch: "next week", "in the coming days". */
const NEAR_FUTURE = new RegExp(
  `${NEAR_TERM.source}|\\b(?:soon|shortly|imminently|in the (?:near|very near|immediate) future|within hours|in the coming hours|next week|this weekend|later this (?:week|month)|in the coming days|in (?:a|the next) few days|within (?:days|hours|a week|the next \\w+ (?:days|hours)))\\b`,
  'i',
);

const FRESH_BATCH = /\b(?:another|more(?! than)|further|new|latest|additional|first|second|third|fourth|fifth|next)\b/i;
const PASSIVE_RELEASE =
  /^[^;]{0,110}?\b(?:were|was|have been|has been|had been|are being|is being|(?:will|would|shall|could|should|may|might|must|are to|is to)\s+be)\s+(?:\w+\s+)?(?:released|freed|pardoned|granted (?:a )?(?:pardon|amnesty|clemency)|let (?:go|out)|set free|handed over)/i;

/** A custody participle describing the count, then the passive auxiliary of its own verb: " held by X since May were ". */
const HELD_MODIFIER_THEN_PASSIVE =
  /^\s+(?:held|detained|kidnapped|abducted|captured|seized|taken|jailed|imprisoned)\s+(?:by|in|at|since|from|during|for|on)\b[^,;]{0,70}?\s(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:(?:later|finally|then|safely|all|also|eventually)\s+)?$/i;

/** A list as the subject of a verb of containing or naming, right before the count: "The list handed over ... contains". */
const LIST_CONTAINS =
  /\b(?:list|lists|roster|register|names)\b[^.;:]{0,80}?\b(?:contains?|contained|includes?|included|comprises?|comprised|names|named|carries|carried|runs\s+to|ran\s+to)\s+(?:(?:about|some|around|nearly|almost|more than|over|at least|only|just)\s+)?$/i;

/** A plural of batches as a clause's subject: "The first two handovers", "Those three releases", "the exchanges". */
const SEVERAL_BATCHES_SUBJECT =
  /^\W*(?:the|those|these|its|their|all)\s+(?:(?:first|last|earlier|previous|next|two|three|four|five|six|several)\s+){0,2}(?:handovers|releases|exchanges|swaps|rounds|batches|groups|waves|stages|phases|flights|convoys)\b/i;

/** Any release verb in a sentence (`RELEASE_VERB` without its global state). */
const RELEASE_VERB_ANYWHERE = new RegExp(RELEASE_VERB.source, 'i');

/** A verb of custody or punishment: "was sentenced", "were jailed", "held over the crisis". */
const CUSTODY_VERB =
  /\b(?:(?:was|were|been)\s+(?:sentenced|convicted|jailed|imprisoned)|held\s+(?:over|in|at|by|since|for|on)\b)/i;
/** Any word of freedom or going home, which a sentence of custody must not have: "free", "release", "crossed", "home". */
const FREEDOM_WORD = /\b(?:free\w*|releas\w*|pardon\w*|amnest\w*|crossed|driven|home|back|out)\b/i;

/** A capture told: "were captured", "seized", "taken prisoner". */
const CAPTURE_TOLD =
  /\b(?:captured|seized|abducted|kidnapped|taken\s+(?:prisoner|captive|hostage)|were\s+taken|snatched|detained|arrested)\b/i;

/** One day a batch is told for: "on Sept. 30", "on Monday", "yesterday", "that day". */
const ONE_DAY_TOLD = String.raw`(?:on\s+(?:\d|[A-Z][a-z]{2,8}\.?\s+\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|yesterday|today|last night|that day)`;
const ONE_DAY_AFTER = new RegExp(String.raw`^[^.;]{0,80}?\b${ONE_DAY_TOLD}`, 'i');
/** "By Tbilisi's count, ", "By our tally, about ": a count someone keeps, right before the number. */
const BY_SOMEONES_COUNT =
  /\bby\s+(?:[\w'’-]+\s+){0,3}?(?:count|tally|reckoning|calculations?|figures)\s*,\s*(?:(?:about|some|around|nearly|almost|more than|over|at least)\s+)?$/i;
/** "By the Red Cross count, China sent home ": the same, opening the clause whose verb governs the number. */
const BY_SOMEONES_COUNT_CLAUSE = new RegExp(
  String.raw`\bby\s+(?:[\w'’-]+\s+){0,4}?(?:count|tally|reckoning|calculations?|figures|arithmetic)\s*,\s*(?![^.;:]*\b${ONE_DAY_TOLD}\b)[^.;:]{1,70}$`,
  'i',
);

/** A count's own copula naming captors: " are kidnappers", " of them were gunmen". */
const CAPTORS_COPULA =
  /^\s+(?:of\s+(?:them|whom|those)\s+)?(?:are|were|is|was)\s+(?:(?:suspected|alleged|presumed|believed\s+to\s+be|said\s+to\s+be|thought\s+to\s+be)\s+)?(?:[\w-]+\s+)?(?:pirates|kidnappers|hijackers|captors|gunmen|bandits|abductors|guards|attackers|assailants|hostage-takers)\b/i;

/** A participle's own day, before any comma or "and": " by Kestrel on Monday", " on 4 March". */
const DAY_AFTER_PARTICIPLE =
  /^[^,;]{0,30}?\b(?:on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})|yesterday|today|last\s+night)\b/i;

/** Right after a verb of moving people: to a court or a cell ("back to jail", "before a judge"). */
const TO_COURT_OR_CELL =
  /^\s*(?:back\s+)?(?:before|to|into)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:magistrates?|courts?|judges?|tribunals?|prisons?|jails?|cells?|custody|detention|police\s+station)\b/i;

/** Where the neighbouring counts sit, and whether the sentence is the article's lede. */
export interface KindNeighbours {
  before: number;
  after: number;
  /** The first sentence of the body: its present perfect reports the news event, not a running total. */
  lede?: boolean;
}

/** Right after a count: people listed as candidates, on their way to a handover, still believed held, or dead. */
const HELD_OR_PENDING =
  /^[\s,]*(?:[\w'-]+[\s,]+){0,5}?(?:(?:who\s+(?:are|were)\s+)?eligible\s+for\s+(?:an?\s+)?(?:early\s+)?(?:release|freedom|pardons?|amnesty|exchange)|(?:(?:are|were|was|is)\s+)?being\s+(?:flown|taken|driven|transported|brought|bused|moved|transferred)\s+to\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:exchange|swap|handover)|(?:(?:are|is|were|was|remain|remained)\s+)?still\s+(?:on|aboard|inside)\s+(?:the|their|its)\s+(?:[\w-]+\s+){0,2}?(?:ship|vessel|boat|plane|aircraft|jet|tanker|trawler|bus|train)|(?:who\s+)?(?:stayed|remained|stay|remain)\s+(?:on\s+board|aboard|behind|on\s+the\s+(?:ship|vessel|boat|tanker|plane))|(?:(?:are|is|were|was|remain)\s+)?still\s+(?:(?:believed|thought|said|understood|reported|presumed)\s+(?:to\s+be\s+)?)?(?:being\s+)?(?:held|alive\s+in|in\s+captivity|captive|detained|missing|unaccounted|waiting|awaiting|aboard|on\s+board|trapped|under\s+(?:review|consideration|investigation)|pending)|(?:are|is|remain)\s+(?:still\s+)?under\s+(?:review|consideration)|(?:are|is|were|was)\s+(?:now\s+|already\s+|(?:believed|thought|presumed)\s+(?:to\s+be\s+)?)?(?:dead|deceased))\b/i;

/**
 * Right after a count: its people named on a list of candidates ("were on the list", "are also on the list"); a relative
 * clause ("whose names were on the list") describes people its own verb may have freed.
 */
const ON_A_LIST =
  /^\s*(?:(?!(?:whose|who|whom|that|which)\b)[\w'-]+\s+){0,3}?(?:were|was|are|is)\s+(?:also\s+|all\s+)?on\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?list\b/i;

/** A move into another confinement: house arrest, or a hotel or compound kept under guard. */
const STILL_CONFINED =
  /^[^.;,]{0,120}?\b(?:to|into|under)\s+house\s+arrest\b|^[^.;]{0,120}?\bto\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:hotel|compound|guesthouse|residence)\b[^.;]{0,50}?\bunder\s+(?:armed\s+|police\s+|military\s+|heavy\s+|close\s+)?(?:guard|watch|surveillance)\b|^[^.;]{0,120}?\b(?:put|placed|kept|held|confined)\s+(?:\w+\s+){0,2}?under\s+(?:armed\s+|police\s+|military\s+|heavy\s+|close\s+)?(?:guard|watch|surveillance)\b/i;

/** A relative clause about an earlier release, then a main predicate of new captivity or death. */
const RECAPTURED_AFTER_RELATIVE =
  /^\s*(?:who|that)\s+(?:were|was|had\s+been)\s+(?:freed|released|pardoned)\s+(?:but|and|only\s+to\s+be)\s+(?:were\s+|was\s+|then\s+)?(?:re-?arrested|re-?detained|re-?captured|detained\s+again|arrested\s+again|jailed\s+again)\b|^\s*,?\s*(?:(?:who|that)\s+(?:had\s+been|have\s+been|were|was|had)\s+|(?=(?:released|freed|pardoned|set free|let go)\b))[^,;.]{0,60}?\b(?:were|was|have\s+been|had\s+been|are|is)\s+(?:later\s+|since\s+|then\s+|now\s+)?(?:re-?arrested|re-?abducted|re-?captured|kidnapped|abducted|seized|captured|detained|arrested|killed|jailed|sentenced|imprisoned)\b/i;

/** A verb of thanks, praise or blame before "for" and a gerund: the deed it credits was done. */
const CREDITED_FOR =
  /\b(?:thank|prais|credit|commend|hail|laud|applaud|congratulat|criticis|criticiz|condemn|blam|fault|reward)\w*\b[^.;]{0,60}?\bfor\s+$/i;

/** A relative clause after a count that tells its coming release: "the 8 hostages (that) it will release". */
const RELATIVE_FUTURE_RELEASE =
  /^\s+(?:[\w-]+\s+){0,2}?(?:(?:that|who|whom|which)\s+)?(?:it|they|he|she|we|the\s+[\w-]+|[A-Z][\w'’-]*)\s+(?:will|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to|is\s+set\s+to|are\s+set\s+to|plans?\s+to|intends?\s+to)\s+(?:release|free|hand\s+over|pardon|return|set\s+free)\b/;

/** A predicate of how captives are, not of what befell them: "are said to be in good health", "are still held". */
const CAPTIVE_STATE_AFTER =
  /^\s+(?:[\w-]+\s+){0,2}?(?:are|is|remain|remains)\s+(?:(?:said|believed|thought|reported|understood)\s+to\s+be\s+)?(?:still\s+)?(?:in\s+(?:good|poor|stable|fair)\s+(?:health|condition|spirits)|well|alive|safe|unharmed|held|detained|captive|in\s+captivity)\b/i;

/** A group's words, then a perfect (not a future perfect) of being freed: "crew seized in January have now been freed". */
const FREED_BY_NOW = String.raw`(?:[\w'’-]+\s+){0,6}?(?<!\b(?:will|would|shall|should|could|may|might|must)\s)(?:have|has)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+(?:freed|released|returned|set free|let go|handed over)|left\s+(?:jail|prison|custody)|walked\s+free|(?:gone|come|returned)\s+home)\b`;
/** After a part: "of the 12 crew (seized in January) have now been freed". */
const PART_FREED_BY_NOW = new RegExp(String.raw`^\s+of\s+(?:the|all)\s+[\d,]+\s+${FREED_BY_NOW}`, 'i');
/** After the group a part is taken from: "crew (seized in January) have now been freed". */
const GROUP_THEN_FREED_BY_NOW = new RegExp(String.raw`^\s+${FREED_BY_NOW}`, 'i');

/** A vehicle carrying the people, right before the count: "a Red Cross flight carrying", "buses carrying some". */
const CARRIER_BEFORE =
  /\b(?:flights?|planes?|aircraft|jets?|bus(?:es)?|coach(?:es)?|convoys?|vehicles?|ships?|boats?|lorr(?:y|ies)|trucks?)\b[^.;]{0,40}?\bcarrying\s+(?:(?:some|about|around|nearly|another|a further|more than)\s+)?$/i;
/** The vehicle's arrival or departure after the people it carries; group 1 holds the auxiliaries before the verb. */
const CARRIER_ARRIVED =
  /^[^.;]{0,90}?\b((?:has|have|had|will|would|is\s+due\s+to|are\s+due\s+to|is\s+expected\s+to|are\s+expected\s+to)?\s*)(?:landed|land|arrived|arrive|touched\s+down|crossed|cross|reached|reach|left|leave|departed|pulled\s+out|rolled\s+out)\b/i;

/** A release told as called off or halted, anywhere in the sentence. */
const HALTED_RELEASE =
  /\b(?:release|handover|hand-over|exchange|swap|transfer)\s+(?:was|were|has\s+been|had\s+been|is|are)\s+(?:abruptly\s+|again\s+|later\s+)?(?:called\s+off|cancell?ed|canceled|postponed|halted|suspended|delayed|blocked|put\s+off|stalled)\b/i;

/** A promise to free, before the people it names: "has committed to releasing the", "pledged to free all". */
const PROMISED_BEFORE =
  /\b(?:committed|pledged|promised|vowed|agreed|undertook|undertaken|offered)\s+(?:itself\s+|themselves\s+)?to\s+(?:releas(?:e|ing)|free(?:ing)?|hand(?:ing)?\s+over|pardon(?:ing)?)\s+(?:\w+\s+){0,2}$/i;

/** A verb of reach right before a count: "applies to", "covers", "extends to", "is open to". */
const SCOPE_OF_TERMS =
  /\b(?:appl(?:y|ies|ied)\s+to|cover(?:s|ed|ing)?|extend(?:s|ed)?\s+to|(?:is|was|are)\s+open\s+to|benefit(?:s|ed|ing)?)\s+(?:(?:all|some|about|around|nearly|up to|more than|over|at least|only|just)\s+)?(?:the\s+)?$/i;

/** A release named as what is sought: "secure the return of all", "pressed for the release of". */
const RELEASE_SOUGHT =
  /\b(?:secur(?:e|ing)|win|obtain|seek(?:s|ing)?|sought|demand\w*|urg\w*|press\w*\s+for|call\w*\s+for|push\w*\s+for|negotiat\w*|campaign\w*\s+for|lobb\w*\s+for)\s+(?:(?:the|an?)\s+)?(?:[\w-]+\s+){0,2}?(?:return|release|freedom|freeing)\s+of\s+(?:(?:all|the|some|nearly|about|around|almost|over|more than|at least|up to)\s+)*$/i;

/** A tally of people held kept by a monitor, in the present: "rights groups count 1,400", "Viasna lists 1,212". */
const HELD_TALLY_BEFORE =
  /\b(?:count|counts|lists|(?:has|have)\s+documented|recogni[sz]es)\s+(?:(?:some|about|around|nearly|more than|over|at least)\s+)?$/i;

/** A relative clause of holding right after the count, with its own subject: "the 5,600 the two countries still hold". */
const HELD_BY_RELATIVE =
  /^\s+(?!of\b)(?:(?:that|whom|which)\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){1,3}?(?:still\s+)?(?:hold|holds|keep|keeps|detain|detains|(?:is|are)\s+(?:still\s+)?holding)\b(?!\s+(?:dual|\w+\s+(?:citizenship|passports?|nationality)))/i;

/** A release noun as the topic of talks, a plan or a demand, right before the count. */
const RELEASE_TOPIC =
  /\b(?:talks|negotiations|deal|agreement|plan|bid|efforts?|push|calls?|demands?|appeals?|hopes?|pressure|campaign)\s+(?:on|about|over|for|to (?:secure|win|obtain|arrange))\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:return|release|exchange|swap|handover|freedom)\s+of\s+(?:(?:the|some|nearly|about|around|almost|over|more than|at least|up to)\s+)*$/i;

/** Words that put a release verb under negation, refusal or a halt: the count is not freed. */
const BLOCKED =
  /\b(?:(?:not|never|n't)\s+(?:\w+\s+){0,2}?(?:go\s+ahead\s+with|proceed\s+with|carry\s+out|allow)|refus\w*|reject\w*|den(?:y|ies|ied)|resist\w*|balk\w*\s+at|back(?:ed|s)?\s+(?:out\s+of|away\s+from)|renege\w*\s+on|oppos(?:e|es|ed|ing)\b|declin\w*|object\w*\s+to|(?:freeze|halt|hold|pause)\s+on|halt\w*|suspend\w*|block\w*|postpon\w*)\s+(?:\w+\s+){0,3}$|\b(?:not|never|no longer|n't)\s+(?:(?:be|been|being|yet|to|planned|going|expected|due|set|scheduled|intending|intended|willing|have|had)\s+){0,3}$/i;

/** Verbs of carrying people: no release where the sentence speaks of taking them into custody. */
const TRANSPORT_WORDS = '(?:flew|flown|fly|flying|took|taken|brought|sent|carried)';
const TRANSPORT_VERB = new RegExp(`^${TRANSPORT_WORDS}$`, 'i');
/** The same verbs opening a longer match ("brought back"). */
const TRANSPORT_VERB_START = new RegExp(`^${TRANSPORT_WORDS}\\b`, 'i');
const INTAKE =
  /\b(?:(?:to|into)\s+(?:a\s+|the\s+|its\s+)?(?:new\s+)?(?:prisons?|jails?|detention|custody|cells?)\b|received (?:its|their|the) (?:first )?(?:inmates|prisoners|detainees)|designed to hold|locked up)/i;

/** Where people are taken to, after "took"/"taken": a move, which may be a handover; with none it is a capture. */
const TAKEN_SOMEWHERE =
  /^(?![^.;]{0,30}?\bfrom\b)(?![^.;]{0,60}?,\s+(?:and|but|while)\s)[^.;]{0,60}?\b(?:home|back|across|over\s+to|out\s+of|to\b(?!\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:camp|forest|hideout|prison|jail|detention|base|cell|unknown)))/i;

/** A purpose infinitive after a plan word ("a process to free 5,000") names the term, not a batch. */
const PLAN_TO =
  /\b(?:process|plan|bid|effort|push|deal|agreement|pledge|promise|commitment|offer|campaign|drive|framework|scheme)\s+to\s+$/i;

/** "not 62", "rather than 62", "instead of the 62": a figure set against the one told. */
const DENIED_FIGURE_BEFORE = /(?:^|[\s,(—–-])(?:not|rather than|instead of)\s+(?:the\s+)?$/i;
/**
 * A report taken back: "an earlier version of this explainer said", "our 14:30 item said", "an article in Thursday's
 * edition put the number at", "it first said", "wrongly gave", "misstated ... as".
 */
const WITHDRAWN_REPORT =
  /\b(?:(?:initially|at first|originally|first)\s+(?:said|put|gave|reported|claimed|announced|stated)|(?:\bour\s+(?:[\w'’:.-]+\s+){0,3}?(?:item|entry|update|post|report|story|article|bulletin|explainer|piece|dispatch|recap|summary|file|edition|headline|caption)|\b(?:item|entry|article|story|report|piece|explainer|headline|caption)\s+(?:in|of)\s+(?:[\w'’-]+\s+){0,2}?(?:edition|issue|paper|newspaper)|(?:earlier|previous|prior|original)\s+(?:version|edition|draft)\s+of\s+(?:this|the|our)\s+[\w&-]+)\b[^.;]{0,40}?\b(?:said|stated|reported|gave|put|had|listed|named|described|carried|referred|quoted)|correction\b[^.;]*?\b(?:our|an?|the)\s+(?:[\w-]+\s+){0,3}?(?:item|entry|update|post|report|story|article|bulletin)\s+(?:(?:published|posted|run|aired|issued)\s+)?(?:(?:on|last|early|late)\s+\w+\s+)?(?:said|stated|reported|gave|put|had)|(?:wrongly|incorrectly|mistakenly|erroneously|falsely)\s+(?:said|stated|reported|gave|put|listed|described|counted|claimed|wrote|referred)|misstat\w*|misreport\w*|mis-?quot\w*|(?:earlier|previous|prior|original)\s+(?:version|edition)\s+(?:said|stated|reported|gave|put|had|referred|described|carried)|(?:was|were)\s+(?:wrongly|incorrectly|mistakenly|erroneously)\s+(?:reported|given|stated|put))\b[^.;]*$/i;
/** Whether the count at `numberStart` is a figure an earlier report gave and a correction takes back. */
export function isWithdrawnReport(sentence: string, numberStart: number): boolean {
  return WITHDRAWN_REPORT.test(sentence.slice(0, numberStart));
}
/** "... were wrong", "... proved false", "... turned out to be premature": the figure just told is taken back. */
const FIGURE_WRONG_AFTER =
  /^[^.;]{0,90}?\b(?:was|were|is|are|proved|proved\s+to\s+be|turned\s+out\s+to\s+be)\s+(?:wrong|incorrect|inaccurate|mistaken|erroneous|false|untrue|premature|unfounded|groundless|baseless|an\s+error|in\s+error)\b/i;

/** A negated release predicate after the count ("597 inmates ... will not be released"). */
/** "... but remain in custody", "... but are still behind bars": a release word taken back by the custody after it. */
const STILL_HELD_AFTER_BUT =
  /^[^.;]{0,100}?\bbut\s+(?:\w+\s+){0,2}?(?:(?:remain|remains|remained|stay|stays|stayed)\s+(?:in\s+(?:custody|detention|jail|prison|captivity)|behind\s+bars|(?:under\s+(?:house\s+)?arrest)|held|detained|jailed|imprisoned|locked\s+up)|(?:are|is|were|was)\s+still\s+(?:in\s+(?:custody|detention|jail|prison|captivity)|behind\s+bars|held|detained|jailed|imprisoned|locked\s+up))\b/i;
const NEGATED_AFTER =
  /^[^.;]{0,140}?\b(?:(?:not|never|n't)\s+(?:(?:be|been|being|yet|to|planned|going|expected|due|set|scheduled|intending|intended|willing)\s+){0,3}|(?:rather than|instead of)\s+(?:being\s+|be\s+)?)(?:releas(?:e|ed|ing)|free|freed|freeing|pardon(?:ed)?|let\b|set free)/i;

/** Frames that state a running total: "put the number freed at", "brings to", "a total of", "stands at". */
const TOTAL_FRAME =
  /(?:\bput(?:s|ting)?\s+(?:the\s+(?:number|total|figure|tally|count)|it)\b[^.;]{0,120}\bat|\b(?:bring(?:s|ing)?|brought|tak(?:es|ing)|took|rais(?:es|ing)|raised|push(?:es|ing)|pushed|lift(?:s|ing)|lifted)\s+(?:the\s+(?:total|number|figure|tally|count)\b[^.;]{0,60}?\s+)?to|\ba total of|\b(?:stands?|stood)\s+at|\b(?:this|that|which|it)\s+(?:makes|made)|\b(?:release|return|freedom|freeing|pardon)s?\s+(?:makes|made)|\bmaking\s+(?:it|that|this)|,\s+making)\s+(?:over\s+|more than\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+|at least\s+|close to\s+|roughly\s+|an estimated\s+|up to\s+)?$/i;

/**
 * "put the number held at Khiam at", "the number of hostages still in captivity stands at": a total of people held.
 * So is a count of captives or hostages with nothing said of their release: "rebels put the number of POWs at".
 */
const HELD_TOTAL =
  /\b(?:number|total|figure|tally|count)\s+(?:(?:of\s+(?:[\w-]+\s+){0,3}?)?(?:(?:still|now|yet)\s+)?(?:held|detained|jailed|imprisoned|in\s+(?:custody|captivity|detention|jail|prison)|behind\s+bars|in\s+(?:[\w'’-]+\s+){0,2}?hands|on\s+board|aboard|inside|missing|remaining|unaccounted\s+for|captive|to\s+be\s+(?:freed|released)|taken|abducted|kidnapped|seized|captured|snatched)\b[^.;]{0,120}?|of\s+(?:(?!(?:freed|released|pardoned|returned|repatriated|exchanged|swapped|liberated|rescued|recovered)\b)[\w-]+\s+){0,2}?(?:captives|hostages|POWs|prisoners\s+of\s+war|abductees)\s+(?:(?:stands?|stood)\s+)?at\s+(?:[\w-]+\s+){0,2}?)$/i;

/** "Add up the groups ... and you get", "adds up to", "taken together, they come to": a sum of what was told. */
const SUMMED_TO =
  /(?:\b(?:add(?:s|ing|ed)?\s+(?:\S+\s+){0,6}?up|added\s+together|taken\s+together|put\s+together|in\s+sum|all\s+together)\b[^.;]*?\b(?:(?:you|one|we)\s+(?:get|have|reach|arrive\s+at)|(?:gives?|gave|get|gets|comes?\s+to|came\s+to|totals?|totalled|makes?|made|amounts?\s+to|amounted\s+to|reach(?:es|ed)?))|\badd(?:s|ed)?\s+up\s+to|(?:^|[.;:—–]\s*|\b(?:just|simply|now)\s+)(?:add|adding)\s+(?:\S+\s+){0,6}?up\s*,?\s+and\s+[^.;]*)\s+(?:(?:about|some|around|nearly|almost|roughly|more than|over|at least|just)\s+)?$/i;

/**
 * A release noun measured by a verb: "Friday's releases came to 40", "the handover of captives on Monday numbered 25",
 * "the releases will come to 30" (group 1: the measure is still to come).
 */
const RELEASE_NOUN_MEASURED =
  /\b(?:releases?|handovers?|repatriations?)(?:\s+(?:of|on|at|in|from|by)\s+[^,;.]{1,40}?)?\s+(?:came\s+to|amounted\s+to|totall?ed|numbered|ran\s+to|((?:will|would|is\s+expected\s+to|are\s+expected\s+to|should)\s+(?:come\s+to|amount\s+to|total|number)))\s+(?:(?:about|some|around|nearly|almost|roughly|more than|over|at least|just|only|a mere)\s+)?$/i;

/** A count's own predicate of what befell people held: executed, sentenced, charged, still facing trial. */
const OWN_FATE_NOT_FREED =
  /^\s+(?:(?:still|also|now|reportedly|allegedly|already|later|since)\s+)?(?:(?:(?:have|has|had)\s+(?:since\s+|now\s+|also\s+)?been|(?:are|were|is|was)\s+(?:being\s+)?)\s+(?:executed|hanged|sentenced|convicted|charged|indicted|tried|killed|wounded|injured|disappeared|tortured)|(?:(?:had|has|have)\s+(?:since\s+|also\s+)?)?died\b|(?:face|faces|faced|facing|await|awaits|awaited|awaiting|risk|risks)\s+(?:\w+\s+){0,2}?(?:charges?|trials?|execution|death|sentences?|prosecution|the\s+death\s+penalty))\b/i;

/** "Of the 340 prisoners covered by the deal, ": a part told out of everyone a deal, list or decree covers. */
const WHOLE_OF_TERMS_BEFORE =
  /^\W*of\s+(?:the|these|those)\b[^;:,]*\b(?:covered|promised|listed|named|eligible|due|deal|agreement|accord|list|amnesty|decree)\b[^;:]*,\s*(?:(?:about|around|some|nearly|at least|only|just)\s+)?$/i;

/** "on 28 May", "on May 28", "on Friday": the day a list item's batch came. */
const LIST_DAY_AFTER =
  /^\s+on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
/** ", and the last", " and the final": the last item of a list. */
const LAST_OF_LIST_BEFORE = /(?:,\s*(?:and\s+)?|\s+and\s+)(?:the remaining|the last|the final)\s+$/i;

/** "none of the", "disputes that", "denied that", "dismissed reports that about": a figure denied as it is told. */
const DENIED_BEFORE =
  /\b(?:(?:none of|dispute[sd]? that|den(?:y|ies|ied) that)\s+(?:the\s+)?|(?:den(?:y|ies|ied)|dismiss(?:es|ed)?|reject(?:s|ed)?|refut(?:es|ed))\s+(?:the\s+)?(?:reports?|claims?|rumou?rs?)\s+that\s+(?:[\w'’-]+\s+){0,3})$/i;

/** A yes-or-no question: an auxiliary first, a question mark last ("Were 40 freed on Tuesday?"). */
const POLAR_QUESTION =
  /^\W*(?:Q:\s*)?(?:does|do|did|is|are|was|were|has|have|had|will|would|could|can|should|may|might)\b[^?]*\?\s*$/i;

/** "... was probably closer to", "... is about", "... stood at": a copula giving a group's size. */
const HELD_SIZE_COPULA =
  /\b(?:is|was|are|were|stood|stands|remains?|remained|be|been)\s+(?:(?:probably|likely|now|still|actually|really|perhaps|possibly|believed to be|thought to be)\s+)?(?:at\s+)?(?:(?:closer|nearer|close|near)\s+to\s+|(?:about|around|some|nearly|almost|roughly|more than|over|at least|as (?:high|many) as)\s+)?$/i;

/**
 * "held since October", "jailed since 2019", "held by the Front's northern units since May": the "since" dates a
 * captivity, not the start of a running total.
 */
const CAPTIVITY_SINCE =
  /(\b(?:held|kept|jailed|detained|imprisoned|captive|captivity|custody|bars|hostage|abducted|kidnapped|seized|captured)\b(?:\s+(?!(?:have|has|had|been|are|is|were|was|freed|released|returned|pardoned|exchanged)\b)[\w'’-]+){0,6}?\s+)(since\s+(?:(?:early|late|mid-?)\s*)?[\w-]+(?:\s+\d{1,4})?(?:,?\s+\d{4})?)/gi;

/** A reduced relative of capture right after the count, then the count's own release predicate. */
const CAPTIVE_DESCRIPTION =
  /^\s*,?\s*(?:(?:who|that)\s+(?:were|was|had been|have been)\s+)?(?:kidnapped|abducted|seized|captured|snatched|taken hostage|detained)\b[^,;.]{0,80}?(?=,?\s+(?:(?:(?:were|was|have been|has been|had been|have|had)\s+(?:\w+\s+)?)?(?:released|freed|regained|walked free|set free|let go|handed over|handed back|returned|came home|come home|gone home|flown home|pardoned|exchanged|swapped|repatriated|rescued)|took place|went ahead|(?:was|were|has been|have been)\s+(?:carried out|effected|completed|conducted|implemented))\b)/i;

/** "were the first to be freed", "was among the last to regain freedom": a past release ranked among the batches. */
const RANKED_RELEASE =
  /^\s*(?:were|was)\s+(?:among\s+)?the\s+(?:first|second|third|last|latest|next|only)\s+(?:\w+\s+){0,2}?to\s+(?:be\s+(?:released|freed|set free|let go|handed over|pardoned|returned|repatriated)|regain|walk free|go free|come home|return)\b/i;

/** "will start on Monday with", "is due to begin tomorrow with": a swap's first batch still to come. */
const STARTS_WITH =
  /\b(?:will|(?:is|are)\s+(?:due|set|expected|scheduled|to))\s+(?:to\s+)?(?:start|begin|resume|open|kick off)\b[^.;]{0,40}?\bwith\s+(?:(?:some|about|around|nearly|the|a first|an initial)\s+)?(?:(?:group|batch)\s+of\s+)?$/i;

/** "agreed on Monday to free 100": a promise's own day, not the release's. */
const PROMISE_TO =
  /\b(?:agreed|agrees|agree|undert(?:ook|aken|akes)|promised|promises|pledged|pledges|committed|commits|vowed|vows|offered|offers|obliges|obliged|binds)\s+(?:\w+\s+){0,2}?to\s+(?:\w+\s+){0,2}$/i;

/** "freed by X on Thursday", "released by X in the swap", "freed by X had been flown home": that side's one batch. */
const AGENT_OF_ONE_BATCH =
  /^\s*(?:released|freed|let (?:go|out)|set free)\s+by\s+(?:each|either|both)\s+sides?\b|^\s*(?:released|freed|let (?:go|out)|set free)\s+by\s+[^,;.]{1,50}?\b(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|last night|in (?:the|a|an|this|that) (?:[\w-]+\s+)?(?:swap|exchange|deal|handover|trade)|(?:that|the same) day|today|this (?:morning|afternoon|evening)|overnight|(?:had been|have been|were|was) (?:flown|taken|brought|driven)|arrived|landed|flew|(?:are|is)\s+(?:(?:now|safely)\s+){1,2}(?:in|with|back|home|safe)|(?:are|is)\s+back\s+home)\b/i;

/** "a total of": blanked where it sums one event's batch rather than a running count. */
const A_TOTAL_OF = /\ba total of\b/gi;

/** Words that tie a clause to one event: "in the swap", "yesterday", "on Tuesday". */
const ONE_EVENT =
  /\b(?:in (?:the|this|that|a|an|one|a single) (?:[\w-]+\s+){0,2}?(?:deal|swap|exchange|handover|trade)|yesterday|last night|(?:that|the same) day|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;

/** Words that make a count a running one: "so far", "since", "bringing", a present perfect of release. */
const RUNNING_SENSE =
  /\b(?:so far|to date|thus far|since|now|overall|altogether|in total|all told|bring(?:s|ing)?|brought|taking|(?:has|have|had)\s+(?:\w+\s+)?(?:freed|released|let|set|returned|pardoned|handed))\b/i;

/** A modal or infinitive of what is still to come: "will", "would", "to be", "is to". */
const TO_COME = /\b(?:will|would|to be|is to|are to)\b/i;

const DAY_WORDS = String.raw`(?:today|yesterday|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)`;
const FIGURE_HEDGE = String.raw`(?:(?:about|some|around|nearly|almost|roughly|more than|over|at least|just)\s+)?`;
/**
 * One day's figure, given by a source: "put Monday's figure at 15", "gave the number freed on Monday as 15", "the
 * correct figure for Friday is 499", "Tuesday's count was 40". It counts that day's batch, not a running total.
 */
const DAYS_FIGURE = new RegExp(
  String.raw`(?:\b(?:put|puts|putting|gave|gives|give|given|placed|places|place|set|sets)\s+(?:the\s+)?(?:${DAY_WORDS}['’]s\s+(?:figure|number|count|tally)|(?:figure|number|count)\s+(?:of\s+(?:[\w'’-]+\s+){1,2}?)?(?:freed|released|let go|handed over|returned|pardoned)\s+(?:${DAY_WORDS}|on\s+${DAY_WORDS})(?:\s+(?:night|morning|afternoon|evening))?)\s+(?:at|as)|\b(?:(?:the|its|their|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?['’]s)\s+(?:(?:correct|actual|official|true|right|real|final)\s+)?(?:figure|number|count)\s+for\s+(?:${DAY_WORDS}|that\s+day|the\s+same\s+day|that\s+night)|${DAY_WORDS}['’]s\s+(?:(?:correct|actual|official|true|final)\s+)?(?:figure|number|count))\s+(?:is|was|stood at|stands at))\s+${FIGURE_HEDGE}$`,
  'i',
);

/** What introduces one step of a running figure: "the release of", "Tuesday's", "With the latest", "another". */
const INCREMENT_LEFT = new RegExp(
  String.raw`(?:\b(?:release|return|handover|freeing|repatriation|pardon)s?\s+(?:on\s+\w+\s+)?of\s+|\b${DAY_WORDS}['’]s\s+|\bwith\s+(?:the\s+latest|this|these|another|a\s+further)\s+|\b(?:another|a\s+further)\s+)${FIGURE_HEDGE}$`,
  'i',
);

/** The figure the step raises, told after it: "brings the total to 340", ", 340 have now been freed". */
const TOTAL_AFTER_STEP = new RegExp(
  String.raw`^[^.;]{0,80}?(?:\b(?:brings?|brought|bringing|takes?|took|taking|lifts?|lifted|lifting|raises?|raised|raising|pushes?|pushed|pushing)\s+(?:(?:the|its|their)\s+(?:[\w'’-]+\s+){0,8}?)?to\s+${FIGURE_HEDGE}|,\s*(?:[\w'’-]+\s+){0,3}?(?:have|has)\s+(?:now|so far)\s+(?:been\s+)?(?:freed|released|returned|pardoned|let|set|handed)\s+${FIGURE_HEDGE}|,\s*${FIGURE_HEDGE}(?=(?:\d|${NUMBER_WORD_AHEAD})[^.;]{0,40}?\b(?:have|has)\s+(?:now|so far)\b))(?:\d|${NUMBER_WORD_AHEAD})`,
  'i',
);

/** ", who had promised an amnesty,": a non-restrictive relative clause between commas. */
const PARENTHETICAL_RELATIVE = /,\s+(?:who|which)\s[^,;.]{1,80},/gi;

const SUPERLATIVE_SO_FAR =
  /(\b(?:largest|biggest|smallest|longest|highest|most\s+\w+|first|only)\s+(?:[\w-]+\s+){0,3}|\b(?:first|only)\s+(?:ones?\s+|group\s+)?to\s+be\s+(?:[\w-]+\s+){1,6}?)(so far|to date|yet|since\s+(?:the\s+)?[\w-]+(?:\s+\d{4})?)\b/gi;

/** "a deal under which 50 are to be freed": "is to" under a deal states its terms, never an open batch. */
const UNDER_TERMS =
  /\bunder\s+(?:which|whose\s+terms|its\s+terms|the\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord|terms|arrangement|extension|truce|ceasefire|plan|decree))\b/i;

/** A deal's verb of terms right before the count: "provides that 300", "stipulates that the 50". */
const TERMS_BEFORE =
  /\b(?:provides?|provided|stipulat\w*|requires?|required|obliges?|envisages?|foresees?)\s+(?:that\s+)?(?:[\w'-]+\s+){0,3}$/i;

/** A recurring schedule ("every two weeks", "until all are free") is a term of a deal, never one batch. */
const SCHEDULE =
  /\b(?:every|each (?:day|week|month)|per (?:day|week|month)|a (?:day|week|month)\b|until|in phases|in stages)/i;

/** Whether the count between `left` and `right` is a step that raises a running figure told after it. */
export function raisesTotalAfter(left: string, right: string): boolean {
  return INCREMENT_LEFT.test(left) && TOTAL_AFTER_STEP.test(right);
}

/**
 * Reads a count's kind from the release predicate around it: past release, present-perfect
 * running total, concrete future batch, term or demand, or a non-release people-count.
 */
export function readKind(
  sentence: string,
  numberStart: number,
  nounEnd: number,
  neighbours: KindNeighbours = { before: 0, after: Number.POSITIVE_INFINITY },
): KindReading {
  // A reading the count's own words settle, with no predicate to extend its evidence span.
  const ownReading = (kind: KindReading['kind']): KindReading => ({
    kind,
    cueStart: numberStart,
    cueEnd: nounEnd,
    future: false,
  });
  // "So far, 81 hostages and 240 prisoners have been freed": a count coordinated with the one before shares its adverbs,
  // and "with 88 soldiers and 90 airmen returning home" the one before shares the predicate after the pair.
  // The noun may run on in capitals past where it was read to end: "six Royal Marines and two Royal Navy sailors".
  const coordinated = /^(?:\s+[A-Z][\w'’-]*){0,4}\s*,?\s*(?:and|or|as well as)\s*$/;
  const after = Math.min(neighbours.after, sentence.length);
  const around: KindNeighbours = {
    ...neighbours,
    before: coordinated.test(sentence.slice(neighbours.before, numberStart)) ? 0 : neighbours.before,
    // "52 of the 104 covered will have been released": a part's predicate comes after the whole it is drawn from;
    // "17, not 71, were freed": so does a figure's after the figure it is set against.
    after:
      after > nounEnd &&
      (coordinated.test(sentence.slice(nounEnd, after)) ||
        /^\s*(?:of\s+(?:the|all)|,?\s*(?:not|rather than|instead of)(?:\s+the)?)\s*$/i.test(
          sentence.slice(nounEnd, after),
        ))
        ? sentence.length
        : neighbours.after,
  };
  let text = preparedSentence(sentence);
  // "political prisoners, whom exile groups number at well over a thousand": a relative clause sizing a population
  // names how many there are, not how many were freed.
  if (POPULATION_SIZED.test(text.slice(Math.max(0, numberStart - 90), numberStart))) return ownReading('other');
  // "Does that mean 22,628 people walked out of prison?": a yes-or-no question asserts nothing.
  if (POLAR_QUESTION.test(text)) return ownReading('other');
  // "demanded that all 80 Turks be brought home": a release asked for in the subjunctive is a demand.
  if (
    DEMANDED_THAT.test(text.slice(Math.max(0, numberStart - 80), numberStart)) &&
    SUBJUNCTIVE_RELEASE.test(text.slice(nounEnd, nounEnd + 50))
  )
    return ownReading('pledge');
  // "the number held had dropped to 9,500": a count that falls is of people still held; totals freed only grow.
  if (FALLEN_TO.test(text.slice(Math.max(0, numberStart - 50), numberStart))) return ownReading('other');
  // "the amnesty might reach 7,000 prisoners": a total someone guesses the process could come to is a target.
  if (PROJECTED_TOTAL.test(text.slice(Math.max(0, numberStart - 60), numberStart))) return ownReading('pledge');
  // "The rebels want 300 prisoners released": a release someone wants done is a demand.
  if (
    WANTED_BEFORE.test(text.slice(Math.max(0, numberStart - 40), numberStart)) &&
    WANTED_RELEASE_AFTER.test(text.slice(nounEnd, nounEnd + 50))
  )
    return ownReading('pledge');
  // "six more Americans were officially listed as prisoners of war": a status of custody, not a release.
  if (LISTED_AS_HELD.test(text.slice(nounEnd, nounEnd + 90))) return ownReading('other');
  // "The 294 men, who were to have been flown home on Tuesday": a plan told as not carried out is still to come, a
  // batch or a term by its size, like any open future.
  if (UNREALISED_PLAN.test(text.slice(nounEnd, nounEnd + 60))) return { ...ownReading('pledge'), openFuture: true };
  // "shortens the terms of 38,000 others", "900 had their sentences reduced": a lighter sentence still served in jail;
  // "45 had their sentences suspended": no release of theirs either.
  if (
    SENTENCE_CUT_BEFORE.test(text.slice(Math.max(0, numberStart - 70), numberStart)) ||
    SENTENCE_CUT_AFTER.test(text.slice(nounEnd, nounEnd + 80))
  )
    return ownReading('other');
  // "The decree, signed on Monday, grants amnesty to 6,000 prisoners": what a document provides for, in the present, is
  // a release still to come, whatever part of it has begun: a batch or a term by its size, like any open future.
  if (DOCUMENT_PROVIDES.test(text.slice(Math.max(0, numberStart - 110), numberStart)))
    return { ...ownReading('pledge'), openFuture: true };
  // "Malek, who had promised an amnesty, freed 80": a relative clause set off by commas describes the subject; its
  // words are not the count's predicate. Blanked, offsets kept, unless the count sits in it or it describes the count.
  if (/,\s+(?:who|which)\b/i.test(text))
    text = text.replace(PARENTHETICAL_RELATIVE, (clause, offset: number) =>
      (offset <= numberStart && numberStart < offset + clause.length) ||
      (offset >= nounEnd && /^\s*$/.test(text.slice(nounEnd, offset)))
        ? clause
        : ' '.repeat(clause.length),
    );
  // "Eight girls seized by the militants in February regained their freedom": the participle describes the people's
  // capture; the release verb after it is their predicate. Blanked, offsets kept.
  const captive = CAPTIVE_DESCRIPTION.exec(text.slice(nounEnd, nounEnd + 120));
  // "nine of the 16 people abducted in the park have been freed": the whole a part is taken from is everyone seized.
  if (
    captive &&
    /\bof\s+(?:the|those|all|(?:a|the)\s+(?:group|party)\s+of)\s+$/i.test(
      text.slice(Math.max(0, numberStart - 20), numberStart),
    )
  )
    return ownReading('other');
  if (captive) text = text.slice(0, nounEnd) + ' '.repeat(captive[0].length) + text.slice(nounEnd + captive[0].length);
  // "released a total of eight in the swap": one event's sum, unless its clause also speaks of a running count.
  if (/\ba total of\b/i.test(text)) {
    const own = clauseAround(text, numberStart, nounEnd);
    const ownText = text.slice(own.start, own.end);
    if (ONE_EVENT.test(ownText) && !RUNNING_SENSE.test(ownText))
      text =
        text.slice(0, own.start) +
        ownText.replace(A_TOTAL_OF, (phrase) => ' '.repeat(phrase.length)) +
        text.slice(own.end);
  }
  const reading = readKindInClause(text, numberStart, nounEnd, around, clauseAround(text, numberStart, nounEnd));
  // A count in a clause with no predicate of its own ("..., of up to 2,000") takes the sentence's.
  if (reading.kind === 'inherit') {
    const whole = readKindInClause(text, numberStart, nounEnd, around, { start: 0, end: text.length });
    // "The freed men had no news of four others": the only release word describes other people, and the verb that
    // governs the count frees no one.
    if (whole.kind === 'inherit' && describesOthers(text, numberStart)) return ownReading('other');
    // "15 foreigners, including a French couple, escaped from their captors": with no release word anywhere, a fate
    // of the count's own (escaping, dying) is its predicate, not the story's release.
    if (whole.kind === 'inherit' && OWN_OTHER_FATE.test(text.slice(nounEnd, nounEnd + 90))) return ownReading('other');
    // "Its founder was convicted last autumn alongside six of his aides": with no release word anywhere and a verb
    // of custody or punishment, the sentence tells people held, whatever the story's release.
    if (
      whole.kind === 'inherit' &&
      CUSTODY_VERB.test(text) &&
      !RELEASE_VERB_ANYWHERE.test(text) &&
      !FREEDOM_WORD.test(text) &&
      // "Among them were 6 children and a woman held for 19 months": a part of people just freed.
      !/\b(?:among|of)\s+(?:them|whom|those)\b|\bincluding\b/i.test(
        text.slice(Math.max(0, numberStart - 40), numberStart),
      )
    )
      return ownReading('other');
    return whole;
  }
  return reading;
}

/** A document as the subject of a simple present of release: "the order grants amnesty to", "the decree frees". */
const DOCUMENT_PROVIDES =
  /\b(?:the|a|an|this|that|its|his|her|their|new|second|first)\s+(?:[\w-]+\s+){0,2}?(?:order|decree|edict|law|bill|resolution|ordinance|proclamation)\b(?:\s*,[^,;.]{1,50},)?\s+(?:grants?\s+(?:an?\s+)?(?:amnesty|pardons?|clemency|freedom|release)\s+to|frees|releases|pardons|amnesties)\s+(?:(?:about|some|around|nearly|almost|more than|over|up to|at least|another|a further|all)\s+)*$/i;

/** "were officially listed as prisoners of war", "are classified as missing": a status of people still held. */
const LISTED_AS_HELD =
  /^\s*(?:[\w'’-]+\s+){0,3}?(?:were|was|are|is|have\s+been|has\s+been|had\s+been|remain|remains|remained)\s+(?:(?:officially|still|now|formally)\s+)?(?:listed|classified|registered|recorded|counted|carried)\s+as\s+(?:(?:prisoners?|POWs?|missing|held|captured|captives?|detained|detainees?|hostages?|in\s+captivity)\b)/i;
/** "who were to have been flown", "was to have been freed": a plan that did not happen as told. */
const UNREALISED_PLAN =
  /^\s*,?\s*(?:(?:who|which|that)\s+)?(?:were|was)\s+to\s+have\s+been\s+(?:released|freed|flown|handed|returned|repatriated|exchanged|swapped|sent|taken|driven|brought|let)\b/i;

/**
 * The count's own fate told right after it, past an aside: escaping, dying or being taken ("..., escaped from", "had
 * died", "two men from his unit who were captured with him", "had also been taken", "are believed to be in the hands of").
 */
const OWN_OTHER_FATE =
  /^(?:\s*,[^,;.]{1,60},)?(?:\s+(?:from|of)\s+(?:his|her|their|its|the)\s+[a-z]+)?\s*(?:(?:who|that)\s+)?(?:(?:were|was|are|is)\s+not\s+[a-z]+\s+)?(?:(?:have|has|had|were|was)\s+)?(?:(?:all|also|reportedly|later|since|both)\s+)?(?:escap(?:ed|e)|fled|broke\s+out|slipped\s+away|ran\s+away|died|perished|lost\s+their\s+lives|been\s+killed|killed|(?:been\s+)?(?:captured|seized|abducted|kidnapped|snatched)|(?:been\s+)?taken(?=\s*[,.;]|\s*$|\s+(?:hostage|captive|prisoner|in|at|from|during|with|along)\b)|(?:are|is|were|was)\s+(?:still\s+)?(?:believed|thought|said|reported|understood|known)\s+to\s+(?:be|have\s+been)\s+(?:still\s+)?(?:in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?hands|held|in\s+captivity|captive|detained))\b/i;

/** The rest of a pair of counts before their shared passive verb: " Marines and two Royal Navy sailors were ". */
const COORDINATED_SUBJECT =
  /^(?:\s+[A-Z][\w'’-]*){0,4}\s*,?\s*(?:and|or)\s+(?:\d[\d,]*|[a-z]+)\s+(?:[\w'’-]+\s+){0,4}?(?:were|was|have\s+been|had\s+been|are|is)\s+(?:(?:all|also|both|later|then|finally)\s+)?$/;

/** "whom exile groups number at", "which rights groups put at about": a relative clause that sizes a group of people. */
const POPULATION_SIZED =
  /\b(?:whom|who|which)\s+(?:(?!freed|released|pardoned|let|returned|handed)[\w'’-]+\s+){1,4}?(?:number|numbers|numbered|put|puts|estimate|estimates|estimated|count|counts|counted|reckon|reckons|place|places)\s+(?:them\s+|it\s+)?at\s+(?:(?:well\s+|just\s+)?(?:over|more than|about|around|some|nearly|almost|roughly|at least|up to)\s+)?$/i;

/** "demanded that", "urged that", "insists that": a clause of what someone wants done. */
const DEMANDED_THAT =
  /\b(?:demand|urg|insist|ask|call|request|propos|recommend|suggest|plead|beg)\w*\s+that\s+(?:[\w'’-]+\s+){0,4}$/i;
/** "had fallen to", "dropped to about", "and to" after one: a count brought down, as a population is by releases. */
const FALLEN_TO =
  /\b(?:fell|fallen|falls?|falling|dropped|drops?|dropping|declined|declines?|declining|decreased|decreases?|shrunk|shrank|shrinks?|sank|sunk|dwindled|dwindles?|(?:gone|come|went|came)\s+down)\s+(?:(?:sharply|steadily|further|again|gradually)\s+)?(?:from\s+[\d,.]+\s+)?to\s+(?:(?:about|around|some|nearly|almost|roughly|just\s+over|just\s+under|under|below|fewer\s+than|less\s+than)\s+)?(?:[\d,.]+\s+(?:[\w'’-]+\s+){0,6}?and\s+to\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?)?$/i;

/**
 * "might reach", "could eventually top 900 inmates and 2,000 ...": a count the process is guessed to come to, under a
 * modal of possibility, and the count coordinated with it.
 */
const PROJECTED_TOTAL =
  /\b(?:might|may|could|would)\s+(?:well\s+|eventually\s+|ultimately\s+|even\s+|soon\s+)?(?:reach|top|exceed|pass|surpass|approach|hit|(?:rise|climb|grow|swell)\s+to)\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least|as\s+many\s+as|up\s+to|well\s+over)\s+)?(?:[\d,.]+\s+(?:[\w'’-]+\s+){1,3}?(?:and|or)\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least)\s+)?)?$/i;
/**
 * Right after a count: a predicate of its own that keeps it under a sentence, served now or not yet begun ("were
 * serving", past, tells what freed people had been serving). A sentence cut or suspended is SENTENCE_CUT_AFTER's.
 */
const SENTENCED_AFTER =
  /^\s+(?:(?:others|more|of\s+them|other\s+[\w-]+)\s+)?(?:(?:still\s+)?(?:are|is|remain|remains|remained)\s+(?:still\s+)?(?:serving|under\s+sentence)\b|(?:had|have|has)\s+(?:not\s+yet\s+|yet\s+to\s+)?(?:begun|begin|started|start)\s+serving\b)/i;

/** "want", "wanted all": a wish whose object is the count, read with WANTED_RELEASE_AFTER. */
const WANTED_BEFORE =
  /\b(?:want|wants|wanted|wanting|would\s+like|'d\s+like|’d\s+like)\s+(?:(?:all|the|another|a\s+further|(?:some|about|around|at\s+least|more\s+than|over|up\s+to|nearly)\b)\s*)*$/i;
/** "... released", "... sent home before Friday": the release the wish asks for, as a bare participle. */
const WANTED_RELEASE_AFTER =
  /^\s*(?:[\w'’-]+\s+){0,3}?(?:freed|released|returned|sent\s+home|let\s+go|handed\s+over|exchanged|pardoned|repatriated)\b/i;
/** "be brought home", "be freed": a bare "be" with no modal, the subjunctive of a release. */
const SUBJUNCTIVE_RELEASE =
  /^\s*(?:[\w'’-]+\s+){0,3}?(?:(?:immediately|also|all|quickly|soon)\s+)?be\s+(?:immediately\s+)?(?:brought|freed|released|returned|sent|handed|flown|let|allowed|repatriated|exchanged|pardoned)\b/i;

/** A verb that lightens a sentence without ending it (commuting, read as a pardon, is not one). */
const CUT_VERB = String.raw`(?:shorten(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|cut(?:s|ting)?|halv(?:e|es|ed|ing)|lighten(?:s|ed|ing)?|lower(?:s|ed|ing)?|trimm?(?:s|ed|ing)?)`;
/** What else can befall a sentence without freeing anyone from custody by this release: put off, or suspended. */
const SUSPEND_VERB = String.raw`(?:suspended|deferred|postponed|put\s+off)`;
const SENTENCE_NOUN = String.raw`(?:prison\s+|jail\s+)?(?:terms?|sentences?|penalties|jail\s+time|prison\s+time)`;
/** "shortened the terms of", "cut the sentences of some": the count's people keep serving. */
const SENTENCE_CUT_BEFORE = new RegExp(
  String.raw`\b${CUT_VERB}\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?${SENTENCE_NOUN}\s+(?:of|for)\s+(?:(?:about|some|around|nearly|almost|more than|over|another|a further|at least)\s+)?$`,
  'i',
);
/** "had their sentences reduced", "whose terms were cut", "saw their sentences shortened", "had their terms suspended". */
const SENTENCE_CUT_AFTER = new RegExp(
  String.raw`^\s*(?:[\w-]+\s+){0,3}?(?:(?:had|have|has|got|get|saw|see|will\s+have|would\s+have)\s+(?:their|his|her)\s+${SENTENCE_NOUN}\s+(?:[\w-]+\s+)?(?:${CUT_VERB}|${SUSPEND_VERB})|(?:whose|with)\s+${SENTENCE_NOUN}\s+(?:were|was|are|is|will\s+be|have\s+been|had\s+been)\s+(?:[\w-]+\s+)?${CUT_VERB})\b`,
  'i',
);

const blankAdverb = (_match: string, head: string, adverb: string) => head + ' '.repeat(adverb.length);
let preparedFor = '';
let prepared = '';

/**
 * The sentence with what no count's reading should see blanked, offsets kept: "so far" grading a superlative ("the
 * largest exchange so far"), the "since" of a captivity ("held since October"); and "commuted the sentences of" read
 * as a pardon. The same for every count of a sentence, so the last one is remembered.
 */
function preparedSentence(sentence: string): string {
  if (sentence === preparedFor) return prepared;
  let text = sentence.replace(SUPERLATIVE_SO_FAR, blankAdverb);
  if (/commut/i.test(text)) text = text.replace(COMMUTED, (phrase) => `pardoned${' '.repeat(phrase.length - 8)}`);
  if (/\bsince\b/i.test(text)) text = text.replace(CAPTIVITY_SINCE, blankAdverb);
  preparedFor = sentence;
  prepared = text;
  return text;
}

function readKindInClause(
  sentence: string,
  numberStart: number,
  nounEnd: number,
  neighbours: KindNeighbours,
  clause: { start: number; end: number },
): KindReading {
  const local = `${sentence.slice(Math.max(clause.start, neighbours.before, numberStart - 60), numberStart)} # ${sentence.slice(nounEnd, Math.min(clause.end, neighbours.after, nounEnd + 70))}`;
  const left = sentence.slice(clause.start, numberStart);
  const right = sentence.slice(nounEnd, clause.end);
  const near = `${left.slice(-40)} # ${right.slice(0, 50)}`;
  // Another count's verb is not this count's: look only between the neighbouring counts.
  const verb = nearestReleaseVerb(
    sentence,
    Math.max(clause.start, neighbours.before),
    Math.min(clause.end, neighbours.after),
    numberStart,
    nounEnd,
  );
  const cue = verb ?? { start: numberStart, end: nounEnd };
  // Auxiliaries sit between the subject and the verb: never read them across the count itself.
  const auxFrom = verb && verb.start >= nounEnd ? nounEnd : clause.start;
  const aux = verb ? sentence.slice(Math.max(auxFrom, verb.start - 40), verb.start) : '';
  const verbText = verb ? sentence.slice(verb.start, verb.end).toLowerCase() : '';
  const progressive = verb !== null && isProgressiveRelease(sentence, verb, verbText, aux, numberStart);
  // "60 POWs are being handed over now": a passive in progress is the day's news, like an active one.
  const passiveProgressive = verb !== null && verb.start >= nounEnd && /\b(?:are|is)\s+(?:now\s+)?being\s+$/i.test(aux);
  const present =
    progressive ||
    passiveProgressive ||
    (verb !== null && isPresentRelease(sentence, verb, verbText, aux, numberStart, nounEnd));
  const reading = (kind: KindReading['kind'], future = false): KindReading => ({
    kind,
    cueStart: Math.min(cue.start, numberStart),
    cueEnd: Math.max(cue.end, nounEnd),
    future,
    ...(present && kind === 'release' ? { present } : {}),
  });

  // "Six hostages home after 200 days": a headline's bare "home" or "free" after the count tells them freed that day.
  if (
    /^\s+(?:safely\s+|finally\s+|now\s+)?(?:home|free|back home)\b/i.test(right) &&
    !FINITE_WORD.test(sentence) &&
    neighbours.before === 0
  )
    return { ...reading('release'), present: true };
  // "Police re-arrested 14 of the pardoned activists", "Nine of the pardoned protesters were recaptured": a verb of
  // capture governing the count outranks a release word inside its noun phrase.
  if (CAPTURED_BEFORE.test(left.slice(-50)) || capturedAfter(right)) return reading('other');
  // "89 have been freed and 32 remain in the bush", "10,487 had been repatriated and 563 were being held": a count
  // whose own verb, right after it, keeps it held is held, whatever was said of the count before it.
  if (
    neighbours.before > 0 &&
    (/^\s+(?:(?:still|now|yet)\s+)?(?:remain(?:s|ed)?|stay(?:s|ed)?)\b/i.test(right) ||
      /^\s+(?:are|is|were|was)\s+(?:(?:still|now|currently|being)\s+)+(?:held|detained|jailed|imprisoned)\b/i.test(
        right,
      )) &&
    OTHER.test(right.slice(0, 60))
  )
    return reading('other');
  // "the decree freed 300, and 40 others are serving life terms", "120 remain under sentence": a count whose own verb
  // puts it under a sentence is not freed by the verb before it.
  if (SENTENCED_AFTER.test(right)) return reading('other');
  // "Their release left 12 crew aboard": the people a release leaves behind are still held.
  if (
    /\b(?:left|leaves|leaving|leave)\s+(?:(?:only|just|still|the other|another|some|about)\s+)?$/i.test(
      left.slice(-30),
    ) &&
    /^\s*(?:[\w-]+\s+)?(?:aboard|on board|behind|in (?:captivity|custody|detention|jail|prison)|still held|held|in (?:the )?hands|(?:still|yet) to be (?:freed|released))\b/i.test(
      right,
    )
  )
    return reading('other');
  // "the 80 passengers left on board", "the 12 left with the gunmen": people a participle says were left in the
  // captors' hands are still held ("left the plane", with an object, is another verb; "left behind" by captors who
  // walk away may be freed).
  if (
    /^\s*(?:[\w-]+\s+){0,2}?(?:still\s+)?left\s+(?:on\s+board|aboard|inside|in\s+(?:captivity|custody|detention|jail|prison|(?:the\s+)?(?:[\w'’-]+\s+)?hands)|with\s+(?:the|their)\s+(?:[\w-]+\s+)?(?:hijackers|kidnappers|captors|abductors|gunmen|militants|pirates))\b/i.test(
      right,
    )
  )
    return reading('other');
  // "freed 20 of the 27 crew members taken from the ferry": the whole a part is taken from is everyone seized.
  if (
    /\bof\s+(?:the|those|all)\s+$/i.test(left.slice(-12)) &&
    /^\s+(?:[\w-]+\s+)?(?:taken|seized|abducted|kidnapped|captured)\s+(?:from|in|by|at|on|during)\b/i.test(right)
  )
    return reading('other');
  // "Of the 63 migrants picked up on Sunday, 40 were released": the whole a part is taken from is everyone seized.
  if (
    /^\W*of\s+(?:the|those|all)\s+$/i.test(left) &&
    /^\s+[^,;.]{0,50}?\b(?:taken|seized|abducted|kidnapped|captured|hijacked|arrested|detained|held|picked\s+up|rounded\s+up|intercepted)\b[^,;.]*,/i.test(
      right,
    )
  )
    return reading('other');
  // "have now been released, along with 5,055 civilian internees": a count added to the one before shares its reading.
  if (
    neighbours.before > 0 &&
    /\b(?:along|together)\s+with\s+(?:(?:some|about|around|nearly|more than|over|at least|no fewer than|another)\s+)?$/i.test(
      left.slice(-40),
    )
  )
    return reading('inherit');
  // "is believed to hold Ruiz and Paz, along with at least two Italians": one more object of the verb of custody.
  if (
    /\b(?:hold|holds|holding|held|detain(?:s|ed|ing)?|keep(?:s|ing)?|kept|still\s+has|still\s+have)\s+(?!(?:talks|a\s+|an\s+|the\s+(?:talks|meeting))\b)[^.;]{1,60}?,?\s+(?:along\s+with|together\s+with|as\s+well\s+as|in\s+addition\s+to)\s+(?:(?:some|about|around|nearly|more than|over|at least|no fewer than|another)\s+)?$/i.test(
      left.slice(-100),
    )
  )
    return reading('other');
  // "the ICRC has helped more than 900 prisoners return home since the war": a perfect helping over a span is a total.
  if (
    /\b(?:has|have|had)\s+(?:now\s+)?helped\s+(?:(?:more than|over|some|about|nearly|at least|almost)\s+)?$/i.test(
      left.slice(-40),
    ) &&
    /\bsince\b/i.test(sentence.slice(nounEnd))
  )
    return reading('cumulative');
  // "11 of the 12 crew have now been freed": a part of the group taken, freed by now, is a running total; the group
  // itself is the whole taken, not a batch freed.
  if (PART_FREED_BY_NOW.test(right) && !/\bof\s+(?:the|all)\s+$/i.test(left.slice(-10))) return reading('cumulative');
  if (/\d\s+of\s+(?:the|all)\s+$/i.test(left.slice(-16)) && GROUP_THEN_FREED_BY_NOW.test(right))
    return reading('other');
  // "A Red Cross flight carrying 38 civilians landed on Tuesday", "buses carrying 250 prisoners left the compound":
  // the people a vehicle carried in have been handed over.
  if (/\bcarrying\s/i.test(left.slice(-30)) && CARRIER_BEFORE.test(left.slice(-60))) {
    const arrived = CARRIER_ARRIVED.exec(sentence.slice(nounEnd));
    // "buses carrying 210 have left the jail and their release is expected this afternoon": on the way, not yet free.
    if (
      arrived &&
      /\b(?:release|handover|freedom)\s+(?:is|was)\s+(?:expected|due|set|scheduled)|\b(?:will|are\s+to|are\s+due\s+to|are\s+expected\s+to)\s+be\s+(?:freed|released|handed\s+over)/i.test(
        sentence.slice(nounEnd),
      )
    )
      return reading('announcement', true);
    if (arrived)
      return /\b(?:will|would|is due to|are due to|is expected to|are expected to)\s*$/i.test(arrived[1] ?? '')
        ? reading('announcement', true)
        : { ...reading('release'), present: /\b(?:has|have)\s*$/i.test(arrived[1] ?? '') };
  }
  // "Our reporter has counted 73 inmates leaving in the last half hour": people seen going free are freed now.
  if (
    /\b(?:saw|seen|sees|watched|counted|filmed|photographed|shows?|showed|showing)\s+(?:(?:some|about|around|nearly|another|a further)\s+)?$/i.test(
      left.slice(-30),
    ) &&
    /^\s+(?:[\w'’-]+\s+){0,6}?(?:leaving|walking\s+(?:out|free)|coming\s+out|going\s+(?:home|free)|disembarking|stepping\s+off|being\s+(?:freed|released|let\s+go|handed\s+over))\b/i.test(
      right,
    )
  )
    return { ...reading('release'), present: true };
  // "In return it expects 220 of its own soldiers": what a side awaits is still to come.
  if (
    /\b(?:expects?|expecting|awaits?|awaiting|will\s+(?:receive|get))\s+(?:(?:some|about|another|a further)\s+)?$/i.test(
      left.slice(-30),
    )
  )
    return /\bin\s+(?:return|exchange)\b/i.test(sentence) || NEAR_FUTURE.test(local)
      ? reading('announcement', true)
      : reading('pledge');
  // "Kazmor got 115 of its soldiers back": getting people back is a release to their side.
  if (
    /\b(?:got|gets|getting)\s+(?:(?:some|about|another|a further|all)\s+)?$/i.test(left.slice(-30)) &&
    /^\s+(?:[\w'’-]+\s+){0,4}?back\b/i.test(right)
  )
    return reading('release');
  // "In turn, the Drelian side transferred 115 servicemen": a transfer as a swap's other half is a handover.
  if (
    /\btransferr(?:ed|ing)\s+(?:(?:some|about|another|a further|all)\s+)?$/i.test(left.slice(-30)) &&
    /\bin\s+(?:turn|return|exchange)\b/i.test(sentence)
  )
    return reading('release');
  // "Releases began on Tuesday with 41 inmates and continued with 52": batches of a process told as done.
  if (
    /\b(?:began|started|opened|kicked off|continued|resumed)\b[^.;]{0,40}?\bwith\s+(?:(?:some|about|around|nearly|another|a further)\s+)?$/i.test(
      left.slice(-70),
    ) &&
    !/^[^.;]{0,40}?\b(?:in all|in total|altogether|all told)\b/i.test(right) &&
    !/\b(?:will|would|shall|is due|are due|is expected|are expected)\b/i.test(left.slice(-70))
  )
    return reading('release');
  // "None of the 15", "dispute that 200 were freed", "dismissed reports that about 50 students were driven away":
  // negated, contested or denied as told, whatever the verb says.
  if (DENIED_BEFORE.test(left)) return reading('other');
  // "26 hostages, not 62, were freed", "An earlier version of this article said 45 had been freed", "reports that 53
  // had been freed were wrong": a figure denied or withdrawn, whatever the verb says.
  if (
    DENIED_FIGURE_BEFORE.test(left.slice(-25)) ||
    WITHDRAWN_REPORT.test(sentence.slice(0, numberStart)) ||
    FIGURE_WRONG_AFTER.test(right)
  )
    return reading('other');
  // "put Monday's figure at 15", "the correct figure for Friday is 499": one day's batch, as a source gives it.
  if (DAYS_FIGURE.test(left)) return reading('release');
  // "the remaining hostages, numbering twenty-five": the size of the group still held.
  if (
    /\bremaining\s+(?:[\w-]+\s+){0,2}?,?\s*(?:numbering|totall?ing|who\s+number)\s+(?:some\s+|about\s+|around\s+)?$/i.test(
      left.slice(-60),
    )
  )
    return reading('other');
  // "The remaining 14 are said to be in good health": the rest of a group told in the state of captives is still held.
  if (/^\s*the\s+remaining\s+$/i.test(left) && CAPTIVE_STATE_AFTER.test(right)) return reading('other');
  // "The 98 were picked...": a definite subject with no release predicate of its own points back at a count already read.
  if (
    /^\s*(?:the|those|these)\s+(?:remaining\s+|other\s+)?$/i.test(left) &&
    (!verb ||
      (verb.distance > 20 &&
        // "The six Royal Marines and two sailors were freed": the pair is the verb's subject.
        !(verb.start > nounEnd && COORDINATED_SUBJECT.test(sentence.slice(nounEnd, verb.start))))) &&
    !OTHER.test(right.slice(0, 30))
  )
    return reading('inherit');
  // "the remaining seven would follow on Thursday", "the remaining 60 will be freed soon": the rest, announced.
  if (
    /\bremaining\s+$/i.test(left.slice(-12)) &&
    /^\s+(?:[\w-]+\s+){0,2}?(?:would|will|are\s+to|are\s+due\s+to|are\s+expected\s+to|are\s+set\s+to)\s+(?:follow|be\s+(?:freed|released|handed\s+over|exchanged|swapped|returned|let\s+go))\b/i.test(
      right,
    )
  )
    return NEAR_FUTURE.test(right.slice(0, 90)) ? reading('announcement', true) : reading('pledge');
  // "talks covering the 80 remaining hostages": the rest, still held, whatever is planned around them.
  if (/^\s+remaining\b/i.test(right) && !verb) return reading('other');
  // "... and the last 85 on 28 May": the final batch of a list told by its day is freed, not left behind.
  if (
    /\b(?:the remaining|the last|the final|some of the)\s+(?:the\s+)?$/i.test(left.slice(-30)) &&
    !verb &&
    !(
      LIST_DAY_AFTER.test(right) && LAST_OF_LIST_BEFORE.test(sentence.slice(Math.max(0, numberStart - 40), numberStart))
    )
  )
    return reading('other');
  // "at odds over whether 592 should be freed", "concerns about 200 of them": contested, not freed.
  if (
    /\b(?:at odds|disagree\w*|wrangl\w*|argu\w*|concerns?|dispute[sd]?)\s+(?:over|about|on)\s+(?:whether\s+)?(?:\w+\s+){0,2}$/i.test(
      left.slice(-50),
    )
  )
    return reading('other');
  // "80 out of what was a group of 400", "the group numbers 400": the size of the set a batch is taken from.
  if (
    /\bout of\s+(?:what was\s+)?(?:(?:at first|initially|originally)\s+)?(?:(?:a|the)\s+)?(?:(?:group|total|list|batch|pool|tranche)\s+of\s+)?$/i.test(
      left.slice(-60),
    ) ||
    /\b(?:group|list|batch|tranche)\s+(?:numbers|numbered)\s+$/i.test(left.slice(-30))
  )
    return reading('pledge');
  // "The roster the mediators received names 410": the people a list of prisoners names are people held.
  if (LIST_CONTAINS.test(left.slice(-110))) return reading('other');
  // "30 detainees were on the list handed to mediators": names put forward for a release still to come.
  if (ON_A_LIST.test(right.slice(0, 60))) return reading('pledge');
  // "moved from prison to house arrest", "released to a hotel where they remain under guard": still in custody.
  if (STILL_CONFINED.test(right.slice(0, 120))) return reading('other');
  // "300 prisoners eligible for release", "40 POWs being flown to the exchange", "150 still believed to be held":
  // candidates, people in transit to a handover and people still held are not freed, whatever release word is near.
  if (RANKED_RELEASE.test(right)) return reading('release');
  if (/^\s+(?:fewer|less)\s+than\b/i.test(right)) return reading('other');
  const after80 = right.slice(0, Math.max(0, Math.min(80, neighbours.after - nounEnd)));
  if (
    /eligible|being|still|dead|deceased|under/i.test(after80) &&
    HELD_OR_PENDING.test(after80) &&
    // "the 12 missionaries still held by the gang were freed on Thursday": held describes them; freed is what befell them.
    !/^\s*(?:[\w'’-]+\s+){0,2}?still\s+held\s+(?:by|in|at)\s+[^,;.]{1,40}?\s+(?:were|was|have\s+been|had\s+been)\s+(?:finally\s+)?(?:freed|released|set\s+free|let\s+go|handed\s+over)\b/i.test(
      after80,
    )
  )
    return reading('other');
  // "Nine workers who were freed last month were kidnapped again": the release is the relative clause's background;
  // the main predicate after it tells what now befell them.
  if (RECAPTURED_AFTER_RELATIVE.test(sentence.slice(nounEnd, nounEnd + 120))) return reading('other');
  // "talks on the release of 300", "a bid to secure the return of 40": the release is what a plan is about.
  if (RELEASE_TOPIC.test(left.slice(-90))) return reading('pledge');
  // "drawn from 400 hardline prisoners": the pool a batch is picked from.
  if (/\b(?:drawn|selected|chosen|picked)\s+from\s+(?:among\s+)?(?:the\s+)?$/i.test(left.slice(-40)))
    return reading('other');
  // "the amnesty applies to 214 convicts", "the decree covers 300": whom a decree or deal reaches is its term; whom a
  // round of pardons covers was freed.
  const lastOf = /\bof\s+(?:\S+\s+){0,3}$/i.test(left.slice(-40));
  if (
    /(?:\bto|cover\w*|benefit\w*)\s+(?:\S+\s+){0,2}$/i.test(left.slice(-30)) &&
    SCOPE_OF_TERMS.test(left.slice(-40)) &&
    !/\b(?:not|never|n't)\s+(?:\w+\s+)?$/i.test(left.slice(-40).replace(SCOPE_OF_TERMS, '')) &&
    /\b(?:decree|amnesty|law|deal|agreement|accord|measure|order|bill|act|truce|ceasefire)\b/i.test(left.slice(-80)) &&
    !/\b(?:round|batch|group|wave|releases?)\b/i.test(left.slice(-60))
  )
    return reading('pledge');
  // "the 4,200 inmates covered by the decree": whom a decree reaches is its term.
  if (
    /^\s+(?:[\w'’-]+\s+){0,2}?(?:covered|eligible)\s+(?:by|under|for)\s+(?:the|a|an|this|its)\s+(?:[\w-]+\s+){0,2}?(?:decree|amnesty|law|deal|agreement|accord|pardon)\b/i.test(
      right,
    ) &&
    !(verb && verb.end <= numberStart) &&
    !NEGATED_AFTER.test(right)
  )
    return reading('pledge');
  // "secure the return of all 2,300", "pressed for the release of 40": a release sought is a demand.
  if (lastOf && RELEASE_SOUGHT.test(left.slice(-90))) return reading('pledge');
  // "rights groups count 1,400", "the list names 1,212": a tally of people held, unless a release follows the count.
  if (HELD_TALLY_BEFORE.test(left.slice(-40)) && !(verb && verb.start >= nounEnd && verb.start - nounEnd < 40))
    return reading('other');
  // "with 90 more due out on Monday", "1,185 are expected out": people due to leave jail are announced.
  if (
    /^\s+(?:[\w'’-]+\s+){0,3}?(?:(?:is|are|were|was)\s+)?(?:due|expected|set|scheduled)\s+(?:out|for\s+release|to\s+(?:walk|go)\s+free)\b/i.test(
      right,
    )
  )
    return NEAR_FUTURE.test(right.slice(0, 90)) ? reading('announcement', true) : reading('pledge');
  // "the 2,000 prisoners they wanted in return": a relative clause of demand after the count names a term ("they
  // wanted to question" wants something else done with them).
  if (
    /^\s+(?:[\w'’-]+\s+){0,3}?(?:(?:that|whom|which)\s+)?(?:they|it|he|she|we|the\s+[\w-]+)\s+(?:had\s+|still\s+)?(?:want|wanted|wants|demanded|demands|sought|seeks|asked\s+for)\b(?!\s+to\s+(?!(?:free|release|exchange|swap|get|bring|have)\b))/i.test(
      right,
    )
  )
    return reading('pledge');
  // "the 5,600 prisoners of war the two countries still hold": a relative clause of holding after the count.
  if (HELD_BY_RELATIVE.test(right) && !(verb && verb.distance < 20)) return reading('other');
  if (verb && BLOCKED.test(sentence.slice(Math.max(clause.start, verb.start - 40), verb.start)))
    return reading('other');
  // "90 have been granted pardons but remain in custody": the custody that follows undoes the release word.
  // The clause stops at "but", so the words after the count are read up to the next count.
  if (
    STILL_HELD_AFTER_BUT.test(sentence.slice(nounEnd, Math.min(sentence.length, neighbours.after))) &&
    !/\bof\s+(?:the\s+)?$/i.test(left.slice(-10))
  )
    return reading('other');
  // The negated predicate belongs to the subject, not to a count inside its "of" phrase.
  if (
    NEGATED_AFTER.test(right) &&
    !/^[^.;]{0,90}?\bnot only\b/i.test(right) &&
    !/\bof\s+(?:the\s+)?$/i.test(left.slice(-10))
  )
    return reading('other');
  // "committed to releasing the remaining 78": the rest promised.
  if (/\bremaining\s+$/i.test(left.slice(-12)) && PROMISED_BEFORE.test(left.slice(-80))) return reading('pledge');
  // "freeing the remaining 320", "before the remaining 400 are freed": the part still held, unless freed in the past.
  if (
    /\bremaining\s+$/i.test(left.slice(-12)) &&
    (!verb ||
      /ing$/.test(sentence.slice(verb.start, verb.end)) ||
      /\b(?:before|until|unless)\b/i.test(sentence.slice(Math.max(0, numberStart - 60), verb.start)))
  )
    return reading('other');
  // "95 were released on Wednesday and 25 remain in custody": the verb before belongs to the count before; this count's
  // own predicate, after it, keeps its people held.
  if (
    verb &&
    verb.end <= numberStart &&
    neighbours.before > 0 &&
    /^\s*(?:of\s+(?:the|those|these)\s+(?:[\w-]+\s+){0,3}?)?(?:\w+\s+){0,2}?(?:remain(?:s|ed)?|stay(?:s|ed)?|(?:are|is|were|was)\s+still)\s+(?:in\s+(?:custody|detention|jail|prison|captivity|the\s+hands\s+of|(?:[\w'’-]+\s+)?hands)|behind\s+bars|held|detained|jailed|imprisoned|captive|aboard|on\s+board|missing|unaccounted)\b/i.test(
      right,
    )
  )
    return reading('other');
  // "the deaths of six hostages", "two hostages are coming home in coffins": people who died held, never freed.
  if (
    /\bdeaths?\s+of\s+(?:(?:some|about|at least|another)\s+)?$/i.test(left.slice(-30)) ||
    /^[^.;]{0,60}?\b(?:in|as)\s+(?:coffins|caskets|body\s+bags)\b/i.test(right)
  )
    return reading('other');
  if (
    // "nine of the 16 people abducted": the words after "of the 16" describe the whole, not this count.
    (OTHER.test(
      `${left.slice(-25)} # ${/^\s+of\s+(?:the|those|these)\s+[\d,]+/i.test(right) ? '' : right.slice(0, 30)}`,
    ) ||
      HELD_AT_AFTER.test(right)) &&
    // A release verb nearby is the count's predicate, unless the word of custody stands between them ("33 were
    // released, leaving 31 in the forest").
    !(
      verb &&
      verb.distance < 25 &&
      !/\bnot\b/.test(near) &&
      !(verb.end <= numberStart && OTHER.test(`${sentence.slice(verb.end, numberStart)} #`))
    ) &&
    !PASSIVE_RELEASE.test(sentence.slice(nounEnd, Math.min(clause.end, neighbours.after))) &&
    // "Six prisoners held by the northern rebels since May were flown home": the participle describes them; the
    // passive after it, however far, is their predicate.
    !(verb && verb.start > nounEnd && HELD_MODIFIER_THEN_PASSIVE.test(sentence.slice(nounEnd, verb.start))) &&
    // "all three Britons held in Lebanon at the start of August are now free": held describes them; free is their state.
    !(
      !/\bof\s+(?:the|those|these|all)\s+$/i.test(left.slice(-12)) &&
      EVERYONE_FREE_NOW.test(right.slice(0, Math.max(0, Math.min(90, neighbours.after - nounEnd))))
    )
  ) {
    if (!PLEDGE.test(left.slice(-60))) return reading('other');
  }
  const scope = `${left} # ${right}`;
  if (
    /\bwith\s+(?:\S+\s+){0,2}$/i.test(sentence.slice(Math.max(0, numberStart - 25), numberStart)) &&
    /\b(?:deal|accord|agreement|terms|swap|exchange)\b/i.test(sentence) &&
    /^\s*(?:released|freed|set free|going free)\b/i.test(right)
  )
    return reading('pledge');
  // "once all 60 are freed" is a condition; "when 48 POWs crossed the bridge" tells a past event.
  const pastAfter =
    verb !== null && verb.start >= nounEnd && PAST_RELEASE_FORM.test(verbText) && !/\b(?:be|been)\s+$/i.test(aux);
  if (
    /\buntil\b/i.test(left.slice(-40)) ||
    // "expected on Saturday, when 50 will be freed": "when" after a day names that day, it sets no condition.
    (/\b(?:when|once|unless|if)\s+(?:all\s+|the\s+)?$/i.test(left.slice(-15)) &&
      !/\b(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|today|tomorrow|this\s+weekend),\s+when\s+$/i.test(
        left.slice(-40),
      ) &&
      !(pastAfter && /\bwhen\s+(?:all\s+|the\s+)?$/i.test(left.slice(-15)))) ||
    /\b(?:unless|if|until)\b[^,;]*$/i.test(left.slice(-50))
  )
    return reading('pledge');
  // "the 8 hostages it will release on Saturday": a relative clause of a coming release on a near day is announced,
  // even on a list of names.
  const relativeFuture = RELATIVE_FUTURE_RELEASE.exec(right);
  if (relativeFuture && NEAR_FUTURE.test(right.slice(relativeFuture[0].length, relativeFuture[0].length + 40)))
    return reading('announcement', true);
  if (/\b(?:list|names?|naming)\s+(?:of\s+)?(?:the\s+)?$/i.test(left.slice(-20))) return reading('pledge');
  // "were the first of 500": the whole a batch opens is the term; "the first batch of 100" is the batch itself.
  if (
    /\b(?:first|second|third|next|last)\s+of\s+(?:(?:a|the)\s+(?:group|party|total|batch)\s+of\s+)?(?:(?:some|about|around|nearly|more than|over|at least|up to)\s+)?$/i.test(
      left.slice(-40),
    )
  )
    // "the first of a group of 23 volunteers seized in July": the whole is everyone seized, still held.
    return /^\s+(?:[\w-]+\s+){0,3}?(?:seized|kidnapped|abducted|captured|taken|held|detained)\b/i.test(right)
      ? reading('other')
      : reading('pledge');
  // "The exchange will start on Monday with 60 soldiers": the first batch of a swap about to begin.
  if (STARTS_WITH.test(left.slice(-80)))
    return NEAR_FUTURE.test(local) ? reading('announcement', true) : { ...reading('pledge'), openFuture: true };
  // "short of the 200 it had undertaken to free": the figure a batch falls short of is the term.
  if (
    /\b(?:short of|shy of|below|less than half of)\s+(?:the\s+)?(?:(?:some|about|around|nearly|more than|over|at least)\s+)?$/i.test(
      left.slice(-30),
    )
  )
    return reading('pledge');
  // "30 prisoners for every hostage": a rate in the terms, not a batch.
  if (/^\s+(?:[\w-]+\s+)?for\s+(?:every|each)\b/i.test(right)) return reading('pledge');
  // "a decree pardoning up to 5,000 prisoners": what a law or decree provides for.
  if (
    /\b(?:decree|law|order|bill|amnesty|resolution|measure|act)\s+(?:\w+\s+)?(?:pardoning|freeing|releasing|granting)\s+(?:(?:up to|some|about|around|nearly|more than|over)\s+)?$/i.test(
      left.slice(-70),
    )
  )
    return reading('pledge');
  // "for every 10 hostages freed": a rate in the terms, not a batch.
  if (/\b(?:for (?:every|each)|per)\s+(?:\w+\s+)?$/i.test(left.slice(-25))) return reading('pledge');
  // "900 others were moved under armed guard to jails in Vesk": people moved from one custody to another.
  if (
    /^\s*(?:[\w-]+\s+){0,2}?(?:were|was|are|is|have\s+been|has\s+been|had\s+been|being)\s+(?:\w+\s+)?(?:moved|transferred|relocated|shifted|bused|bussed|taken|sent|driven)\b[^.;]{0,40}?\b(?:to|into)\s+(?:\w+\s+){0,3}?(?:jails?|prisons?|detention|camps?|cells?|custody|penitentiar\w+|lock-?ups?|police\s+stations?)\b/i.test(
      right,
    )
  )
    return reading('other');
  // "no American will go home until all the men held at Atlit, more than 700 of them, are released": a release a
  // condition waits for is a term, however far the count sits from "until".
  if (
    /\b(?:until|unless|before|once)\b[^.;]{0,90}$/i.test(sentence.slice(0, numberStart)) &&
    /^\s*,?\s*(?:[\w'’-]+,?\s+){0,3}?(?:are|is|have\s+been|has\s+been)\s+(?:all\s+)?(?:released|freed|let\s+go|set\s+free|handed\s+over|returned)\b/i.test(
      sentence.slice(nounEnd),
    )
  )
    return reading('pledge');
  // "The jails held some 31,000 inmates before the decree": a count a verb of custody governs is of people held; so is the
  // level a population fell from ("roughly 26,000, down from around 31,000").
  if (
    CAPTURED_BEFORE.test(left.slice(-60)) ||
    /(?:\b(?:down|up)\s+from|\bpopulation\s+(?:at|of|to|(?:stood|stands|stays|stayed)\s+at))\s+(?:(?:about|some|around|nearly|almost|more than|over|roughly)\s+)?$/i.test(
      left.slice(-30),
    )
  )
    return reading('other');
  // "52 men were taken off the boat: 28 are kidnappers": a count said to be captors frees no one.
  if (CAPTORS_COPULA.test(right)) return reading('other');
  // "whether all of the 14 sailors ... are back": a group a question asks about is not told freed.
  if (
    /\bwhether\s+(?:any|all|some|each|either|none|one|many|most)\s+of\s+(?:the|those|these)\s+$/i.test(left.slice(-40))
  )
    return reading('other');
  // "The Front captured 23 soldiers ...; an estimate had put it at 21": with only a capture told, the number
  // put is of people taken.
  if (
    /\bput(?:s|ting)?\s+(?:the\s+(?:number|figure|total|count)|it)\s+at\s+(?:(?:about|some|around|nearly|almost|more than|over|at least|only|just)\s+)?$/i.test(
      left.slice(-60),
    ) &&
    CAPTURE_TOLD.test(sentence) &&
    !RELEASE_VERB_ANYWHERE.test(sentence)
  )
    return reading('other');
  // "By Tbilisi's count, 176 ...", "By our tally, 28 ...": a count someone keeps is a running total; so is "By the
  // mediators' tally, Kestrel has sent back 1,210", the count closing the clause the tally opens. "By the Red Cross's count, 290
  // were let go in Sanaa on Sept. 30" is one day's batch by someone's count.
  if (
    (BY_SOMEONES_COUNT.test(left) ||
      (verb !== null && verb.end <= numberStart && BY_SOMEONES_COUNT_CLAUSE.test(left))) &&
    !TO_COME.test(near) &&
    !ONE_DAY_AFTER.test(right)
  )
    return reading('cumulative');
  // "152 people had been handed over to the Georgian side in all": a perfect summed with "in all" is a running total.
  if (
    verb &&
    verb.start >= nounEnd &&
    /\b(?:have|has|had)\s+(?:(?:now|so far|already)\s+)?been\s+(?:\w+\s+)?$/i.test(
      sentence.slice(nounEnd, verb.start),
    ) &&
    /^[^.;]{0,80}?\b(?:in all|in total|altogether|all told)\b/i.test(sentence.slice(verb.end)) &&
    !TO_COME.test(near)
  )
    return reading('cumulative');
  // "The three exchanges of the spring freed 412 in all": several batches as the subject, summed.
  if (
    verb &&
    verb.end <= numberStart &&
    SEVERAL_BATCHES_SUBJECT.test(sentence.slice(clause.start, verb.start)) &&
    /^[^.;]{0,60}?\b(?:in all|in total|altogether|all told|between them|together|combined)\b/i.test(right) &&
    !TO_COME.test(near)
  )
    return reading('cumulative');
  // "Add up the groups ... and you get 384 freed", "the releases add up to 384": a sum of batches is a running total.
  if (SUMMED_TO.test(sentence.slice(Math.max(0, numberStart - 160), numberStart)) && !TO_COME.test(near))
    return reading('cumulative');
  // "the true number in Serb hands was probably closer to 300": the size of the group held, told with a copula.
  if (
    HELD_TOTAL.test(sentence.slice(Math.max(0, numberStart - 90), numberStart)) &&
    HELD_SIZE_COPULA.test(left.slice(-50))
  )
    return reading('other');
  // "put the number held at Khiam alone at 250 to 300": a total of people held, not freed.
  if (
    TOTAL_FRAME.test(sentence.slice(Math.max(0, numberStart - 90), numberStart)) &&
    HELD_TOTAL.test(sentence.slice(Math.max(0, numberStart - 90), numberStart))
  )
    return reading('other');
  if (
    TOTAL_FRAME.test(sentence.slice(Math.max(0, numberStart - 90), numberStart)) &&
    // "is to free a total of 1,800": a total still to come is the term.
    !/\b(?:will|would|shall|is to|are to|must|agreed to|plans? to|set to|due to|to)\s+(?:\w+\s+){0,2}?a total of\s+(?:some\s+|about\s+|around\s+|up to\s+)?$/i.test(
      left.slice(-60),
    ) &&
    // "a total of 1,000 would be released in three waves": a total still to come is the term.
    !/^\s*(?:[\w-]+\s+){0,3}?(?:would|will|shall|are to|is to)\s+(?:be|go|walk)\b/i.test(right)
  )
    return reading('cumulative');
  // "the last 12 hostages are now free": the final batch, free as of the report.
  if (
    /\bthe\s+(?:last|final)\s+$/i.test(left.slice(-12)) &&
    /^\s+(?:[\w'’-]+\s+){0,2}?(?:are|is)\s+(?:now\s+)?(?:free|home|safe)\b/i.test(right)
  )
    return { ...reading('release'), present: true };
  // "Five of the 30 hostages seized in January are now home": a part of the group free by now is a running total.
  if (
    /^\s+of\s+(?:the|those|these)\s+[\d,]+\b/i.test(right) &&
    /^[^.;]{0,90}?\b(?:are|is)\s+now\s+(?:all\s+)?(?:free|home|back\s+home|safe|out\s+of\b)/i.test(right) &&
    !/\b(?:will|would|shall|to be|until|once|if|when|unless)\b/i.test(near)
  )
    return reading('cumulative');
  // "All 60 workers are now free", "all 500 have now been freed": a whole group free by now is a running total.
  if (
    /\ball\s+(?:of\s+)?(?:the\s+)?$/i.test(left.slice(-16)) &&
    EVERYONE_FREE_NOW.test(right.slice(0, 90)) &&
    !/\b(?:will|would|shall|to be|until|once|if|when|unless)\b/i.test(near)
  )
    return reading('cumulative');
  // "..., seven Ostrians freed by Kestrel on Monday and 13 ...": a participle after the count with a day of its own is
  // one batch, whatever total the sentence opened with.
  const ownDayParticiple =
    verb !== null &&
    verb.start >= nounEnd &&
    verb.start - nounEnd < 25 &&
    /(?:ed|freed)$/i.test(verbText) &&
    !/\b(?:have|has|had|been|were|was|are|is)\b/i.test(sentence.slice(nounEnd, verb.start)) &&
    DAY_AFTER_PARTICIPLE.test(sentence.slice(verb.end, verb.end + 50));
  if (ownDayParticiple && !TO_COME.test(near)) return reading('release');
  // "4,917 have so far been released", even under an accord's name: the adverb of the total outranks the deal.
  if (
    verb &&
    /\b(?:so far|to date|thus far)\b/i.test(local) &&
    !/\b(?:will|would|shall|to be|until)\b/i.test(near) &&
    !/(?:^releas(?:e|es)|^free|^frees|ing)$/i.test(sentence.slice(verb.start, verb.end))
  )
    return reading('cumulative');
  // The modal after the next count is that count's: "freed 5 on Monday and said the remaining seven would follow".
  const modalAfter =
    /^[^.;]{0,40}?\b(?:will|would|shall|are to|is to)\s+(?:\w+\s+)?(?:continue|be|go|take|follow|walk)\b/i.exec(
      right.slice(0, Math.max(0, neighbours.after - nounEnd)),
    );
  if (
    modalAfter &&
    !/\b(?:released|freed|pardoned|walked|let|returned|handed|exchanged|swapped|repatriated)\b|\b(?:that|who|which)\s+\w+\s+$/i.test(
      modalAfter[0].slice(0, modalAfter[0].search(/\b(?:will|would|shall|are|is)\b/i)),
    )
  ) {
    // "a deal under which 50 are to be freed", "the accord provides that 300 will be freed": the terms, even when the
    // deal itself was approved "on Wednesday".
    if (
      (/\b(?:are|is)\s+to\b/i.test(modalAfter[0]) && UNDER_TERMS.test(sentence)) ||
      TERMS_BEFORE.test(left.slice(-60))
    )
      return reading('pledge');
    return NEAR_FUTURE.test(local)
      ? reading('announcement', true)
      : {
          ...reading('pledge'),
          openFuture: !/\b(?:continue|follow)\b/i.test(modalAfter[0]) && !SCHEDULE.test(right.slice(0, 80)),
        };
  }
  const termsOfDeal =
    /\b(?:stipulat\w*|supposed|every|each day|a day|in all|until|demand\w*|condition\w*|obliged|promised|calls? for|provides? (?:for|that)|provided (?:for|that)|swapped for|in phases|step by step)\b/i;
  if (ANNOUNCEMENT.test(scope) && (!termsOfDeal.test(scope) || NEAR_TERM.test(local)))
    return reading('announcement', true);
  if (verb && PLAN_TO.test(aux)) return reading('pledge');
  // "since May were flown": the month is no modal.
  const futureAux =
    /(?:\b(?:will|shall|would|must|should|could|can|(?<!\b(?:since|in|on|of|late|early|mid|by|until|till|from|through|\d{1,2})[\s-])may)\s+(?:\w+\s+){0,3}|\bto\s+(?:be\s+)?|\bordered(?:\s+that)?\s+(?:\w+\s+){0,3})$/i;
  // "the two soldiers freed by Armenia would be allowed home": a past participle names people already freed, whatever
  // the main verb after it says of them.
  const namedByParticiple =
    verb !== null &&
    verb.start >= nounEnd &&
    /^\s*$/.test(sentence.slice(nounEnd, verb.start)) &&
    /^(?:released|freed|pardoned|set free|handed (?:over|back))/i.test(verbText) &&
    /^\s+(?:by|on|last|earlier|yesterday|in (?:the|a|an|last)|during|after)\b/i.test(sentence.slice(verb.end));
  // "52 of the 104 will have been released once it is carried out": a future perfect tells what a plan will reach.
  if (verb && /\b(?:will|shall)\s+have\s+(?:been\s+)?$/i.test(aux)) return reading('announcement', true);
  // "would carry out its obligations and release 120": a bare verb coordinated under a modal shares its future.
  const coordinatedFuture =
    verb !== null &&
    /^(?:release|free|pardon|hand|let|set|return)\b/i.test(verbText) &&
    /\b(?:will|would|shall|must|(?:is|are)\s+to|to)\s+(?:[\w'’-]+\s+){1,6}?and\s+$/i.test(
      sentence.slice(Math.max(clause.start, verb.start - 90), verb.start),
    );
  if (
    !namedByParticiple &&
    ((verb && (futureAux.test(aux) || coordinatedFuture) && !/\bhave\s+\w*\s*$/.test(aux)) ||
      /(?<!\b(?:that|they|who|which|he|she)\s)\bwould\s+(?:soon\s+)?(?:be|go|walk)\b|\bordered\b/i.test(local))
  ) {
    // "said on Sunday that it would free 20": the day of the saying does not make the promise a concrete batch.
    const ownDays = local.replace(REPORT_DAY, ' ');
    const concrete =
      NEAR_FUTURE.test(ownDays) || /\b(?:soon|ordered|that same day|later that day|shortly)\b/i.test(local);
    if (termsOfDeal.test(local)) return reading('pledge');
    if (PROMISE_TO.test(aux) && !NEAR_FUTURE.test(right.slice(0, 60))) return reading('pledge');
    if (concrete) return reading('announcement', true);
    if (/\b(?:is|are)\s+to\s+(?:\w+\s+){0,2}$/i.test(aux) && UNDER_TERMS.test(sentence)) return reading('pledge');
    // "will free 39", "is to free 39": an open future batch; its size against the target decides batch or term.
    // "Brevnia to release 30 more": a headline's bare infinitive after its subject is a future like "will".
    return (/\b(?:will|would|(?:is|are)\s+to)\s+(?:\w+\s+){0,2}$/i.test(aux) && !SCHEDULE.test(local)) ||
      (/^\W*(?:[A-Z][\w'’.-]*,?\s+){1,4}to\s+$/.test(sentence.slice(clause.start, verb?.start ?? 0)) &&
        !SCHEDULE.test(local)) ||
      /^\s*(?:\w+\s+){0,3}(?:will|would)\s+(?:soon\s+)?be\b/i.test(right)
      ? { ...reading('pledge'), openFuture: true }
      : reading('pledge');
  }
  // "the 60 prisoners released by the Taliban": a participle naming its agent describes everyone that side has freed.
  // "19 of the 60 freed by X" is a part of that figure; "In Kandahar, the 20 freed by X" is one place's batch.
  if (
    /^\s*(?:of\s+(?:the|those|these)\s+[\d,]+\s+(?:\S+\s+){0,2}?)?(?:released|freed|let (?:go|out)|set free)\s+(?:so far\s+)?by\b(?!\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|the end|the time|then|now|next|mid|early|late|\d)\w*)/i.test(
      right,
    ) &&
    !/\b(?:another|more|further)\s+$/i.test(left) &&
    // "75 freed by Dravenia on Wednesday and 75 freed by Solmark": the second of a pair shares the first's one event.
    !(/\b(?:and|as well as)\s+$/i.test(left) && ONE_EVENT.test(left)) &&
    !/^\s*(?:[Ii]n|[Aa]t)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:\s+province)?\s*,/.test(sentence) &&
    !AGENT_OF_ONE_BATCH.test(right)
  )
    return reading('cumulative');
  // "completed the release of 1,000", "an exchange that freed 869 came to an end": the count sums up a process;
  // a batch set off by commas ("82, set free on Thursday, completed it") is still a batch.
  if (
    (COMPLETED_PROCESS_BEFORE.test(left.slice(-60)) ||
      /\b(?:ended|concluded|closed|came to an end|wrapped up)\b[^,;]*\bwith\s+(?:(?:some|about|around|nearly|more than|over|at least)\s+)?$/i.test(
        left.slice(-60),
      ) ||
      COMPLETED_PROCESS_AFTER.test(right)) &&
    !/\b(?:to complete|will complete|(?:to|will|would)\s+be\s+(?:complet|finish)\w*|expect\w*|until)\b/i.test(local) &&
    // "would have completed their sentences": the people's terms, not a process of releases.
    !/\b(?:complet|finish|serv)\w*\s+(?:their|his|her|its)\s+(?:\w+\s+)?(?:sentences?|terms?)\b/i.test(sentence)
  )
    // "completed a swap involving 300 people on Tuesday": one exchange done is a release, not a process summed up.
    return /\b(?:complet|finish)ed\s+an?\s+(?:[\w-]+\s+){0,2}?(?:swap|exchange|handover|trade)\b/i.test(left.slice(-60))
      ? reading('release')
      : reading('cumulative');
  // "The return of the 140 was the last swap", "led to the exchange of 478": a release noun told as past is a release;
  // "the release of 300 was delayed" leaves them held.
  const releaseNoun = readReleaseNoun(left, right, near);
  if (releaseNoun === 'halted') return reading('other');
  // "confirmed the release of 1,020 since the start of the accord": a release noun told over a span is a running total.
  if (releaseNoun === 'told' && /\bsince\b/i.test(right.slice(0, 60)) && !ADDS_TO_TOTAL.test(right))
    return reading('cumulative');
  // "The release of two on Wednesday brings to nine the number freed": the total is the noun's predicate, not its own.
  if (releaseNoun === 'told' && (!CUMULATIVE.test(local) || ADDS_TO_TOTAL.test(right)))
    // "The return of the 140", a bare number after "the", points back at the 140 already read: take that reading.
    return /\bof\s+(?:the|those|these)\s+$/i.test(left) && /^[\d,.]+$/.test(sentence.slice(numberStart, nounEnd))
      ? reading('inherit')
      : reading('release');
  // "The exchange saw 103 soldiers return home": a perception verb's bare infinitive tells what happened; so it does
  // of the second of two objects ("saw 95 Velians and 95 Ostrians go home").
  if (
    verb &&
    verb.start >= nounEnd &&
    /\b(?:saw|sees|see|watched)\s+(?:\S+\s+){0,2}(?:(?:\S+\s+){1,4}?(?:and|as well as)\s+(?:\S+\s+)?)?$/i.test(left) &&
    /^(?:return|release|free|walk|go|come|fly)\b/i.test(verbText) &&
    !/\b(?:for|of|on|to)\s+$/i.test(sentence.slice(Math.max(0, verb.start - 6), verb.start))
  )
    return reading(SEEN_OVER_EVENTS.test(left) ? 'pledge' : 'release');
  // "The swap saw Hamas free seven": the bare infinitive before its object. What several earlier swaps saw is a sum as
  // of an unstated earlier day: a running total, but one the date rules would put on the publication day and so let
  // override the day's own releases. Until such a total can be left undated, it is kept out of the tally as a term.
  if (
    verb &&
    verb.end <= numberStart &&
    /^(?:return|release|free|let|set|hand|walk|fly)\b/i.test(verbText) &&
    /\b(?:saw|seen|sees|see|watched)\b(?!\s+by\b)(?:(?!\b(?:to|will|would|that|when|if)\b)[^.;]){1,80}$/i.test(
      sentence.slice(Math.max(clause.start, verb.start - 100), verb.start),
    ) &&
    // "a memo seen by this paper sets out the release of 700": a release noun after a determiner is no
    // bare infinitive, and "seen by" is a passive of another verb.
    !/\b(?:the|a|an|its|their|his|her|this|that)\s+$/i.test(sentence.slice(Math.max(0, verb.start - 8), verb.start))
  )
    return reading(SEEN_OVER_EVENTS.test(left) ? 'pledge' : 'release');
  // The modals that make a past form a term are the count's own predicate's, not those of a clause describing the
  // deal after it ("freed 120 under a deal that will see 500 released").
  const ownNear = verb ? predicateWords(sentence, verb, aux, numberStart, nounEnd, left, right) : near;
  if (
    PLEDGE_TERMS.test(local) &&
    !(
      verb &&
      PAST_RELEASE_FORM.test(verbText) &&
      verb.distance < 25 &&
      !/\b(?:would|will|to be|promised)\b/i.test(ownNear)
    )
  )
    return reading('pledge');
  // "freed under the deal", "returning home on Wednesday in a swap": the deal or swap names the frame of a told release.
  if (
    DEAL_WORDS.test(local) &&
    !(/\bafter\b/i.test(local) && !DEAL_WORDS.test(local.replace(DEAL_BEHIND, ''))) &&
    !toldAsPast(sentence, verb, verbText, ownNear) &&
    !(present && (progressive || !TERMS_FRAME.test(local)))
  )
    return reading('pledge');
  // "The release of 40 on Tuesday brings the total to 340", "With Tuesday's 40, 340 have now been freed": the count
  // that raises a running total to another figure later in the sentence is the step, not the total.
  if (raisesTotalAfter(left, right) && !TO_COME.test(near)) return reading('release');
  if ((FRESH_BATCH.test(lastWords(left, 3)) || /^\s*more\b/i.test(right)) && verb)
    return { ...reading('release'), perfect: /\b(?:have|has)\b/i.test(`${aux} ${right.slice(0, 20)}`) };
  const dayBatch =
    /\b(?:releas\w*|freed|pardoned|let (?:go|out))\s+(?:today|yesterday|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;
  const strongTotal = /\b(?:so far|to date|thus far|in total|in all|total|tally|since|altogether|all told|overall)\b/i;
  // "the number released today reached 100" counts one day's batch, not a running total.
  // "released 12 hostages on Tuesday night, the sixth group freed since...": a simple past with its own day is a batch.
  const pastWithDay =
    verb !== null &&
    verb.end <= numberStart &&
    verb.distance < 3 &&
    /(?:ed|freed|let|set)$/i.test(verbText) &&
    !/\b(?:have|has|had|'ve)\s+(?:\w+\s+){0,2}$/i.test(aux) &&
    NEAR_TERM.test(right.slice(0, 40)) &&
    !/\b(?:so far|to date|thus far|in total|a total of|altogether|all told|overall)\b/i.test(local);
  if (
    (CUMULATIVE.test(local) || PERIOD_SUMMARY.test(local)) &&
    !pastWithDay &&
    !(dayBatch.test(local) && !strongTotal.test(local))
  )
    return reading('cumulative');
  if (verb) {
    // "By Friday, 300 had been freed", "Before the holiday, 1,000 had been let go": a perfect up to a point is a total.
    if (
      /^\s*(?:by|before|until|as\s+of|as\s+at)\s+[^,;]{1,60},/i.test(sentence.slice(clause.start)) &&
      /\b(?:have|has|had)\b/i.test(`${aux} ${right.slice(0, 25)}`) &&
      // "Before the talks, the Front had freed 12 as a gesture": an active past perfect before an event is one release.
      (/^\s*(?:by|until)\b/i.test(sentence.slice(clause.start)) || /\bbeen\b/i.test(`${aux} ${right.slice(0, 25)}`))
    )
      return reading('cumulative');
    // "1,030 had left the prison by Wednesday night": a perfect told up to a day after it is a total as of that day.
    if (
      /\b(?:have|has|had)\b/i.test(`${aux} ${right.slice(0, 25)}`) &&
      /^[^.;]{0,60}?\bby\s+(?:(?:the\s+)?(?:end|close)\s+of\s+)?(?:(?:last|this|late|early)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|midnight|noon|nightfall|then|now|yesterday|today|tonight)\b/i.test(
        right,
      )
    )
      return reading('cumulative');
    // "Malek pardons 1,000 prisoners a month under the law": a habit or a law's terms, not the day's news.
    if (present)
      return SCHEDULE.test(local) || /\bunder\b/i.test(left.replace(DEAL_FRAME, ' '))
        ? reading('pledge')
        : reading('release');
    if (/^releas(?:e|es)$|^free(?:s)?$|^pardons?$|^fly$/.test(verbText)) {
      // "the release of", "the pardons": a noun, whose governing verb the earlier rules have read; say nothing.
      // "The freeze follows the release of 80 prisoners": a nominal release placed before another event happened.
      if (
        /\b(?:follows|followed|following|after|came after|comes after)\s+(?:the|a)\s*$/i.test(aux) &&
        !/\b(?:will|would|to be)\b/i.test(near)
      )
        return reading('release');
      // "Buses carrying 90 prisoners sat outside the jail before the release was called off": no one was freed.
      if (HALTED_RELEASE.test(sentence)) return reading('other');
      // "Friday's releases came to 40", "the release on Monday numbered 25": the noun is the subject, and a verb of
      // measure tells how many that release freed; "will come to 30" how many it is to free.
      const measured = readMeasuredNoun(
        sentence.slice(verb.start, numberStart),
        sentence.slice(verb.end, verb.end + 90),
      );
      if (measured) return reading(measured, measured === 'announcement');
      if (/\b(?:the|a|an|this|that|its|their|his|her|of|these|those)\s*["“‘']?$/i.test(aux)) return reading('inherit');
      if (!/\b(?:did|does|do)\s+$/.test(aux)) return reading('pledge');
    }
    // "2,340 had been released since the decree took effect": a perfect counted from a starting point is a total.
    if (
      /\b(?:have|has|had|'ve)\s+(?:\w+\s+){0,2}$/i.test(aux) &&
      /^\s+(?:(?:so far|in all|in total|altogether)\s+)?since\b/i.test(sentence.slice(verb.end))
    )
      return reading('cumulative');
    // "4,000 had been freed under the decree by Wednesday evening": a perfect up to a day is a total as of it.
    if (
      verb.start >= nounEnd &&
      /\b(?:have|has|had)\s+been\s+(?:\w+\s+)?$/i.test(aux) &&
      /^[^.;]{0,60}?\bby\s+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?|the end of|midday|noon|nightfall|(?:late\s+)?(?:this|last)\s+\w+|yesterday|today)\b/i.test(
        sentence.slice(verb.end),
      )
    )
      return reading('cumulative');
    // "361 had been released by the government", with no day and no fresh batch, past the lede: that side's figure so far.
    if (
      !neighbours.lede &&
      verb.start >= nounEnd &&
      /\b(?:have|has|had)\s+been\s+(?:\w+\s+)?$/i.test(aux) &&
      /^\s*by\b/i.test(sentence.slice(verb.end)) &&
      !NEAR_TERM.test(sentence) &&
      !/\b(?:yesterday|the day before|earlier|last (?:week|night)|on (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)\b/i.test(
        sentence,
      ) &&
      !FRESH_BATCH.test(lastWords(left, 3))
    )
      return reading('cumulative');
    if (/\b(?:have|has|'ve)\s+(?:\w+\s+){0,2}$/i.test(aux) && verb.start >= nounEnd) {
      // "N have been freed": a batch, unless hedged as a floor ("more than 850 have been freed") or summed ("In all, ...").
      // So is one told, past the lede, as a part of the group it is drawn from ("Of the 91 seized, 53 have been freed",
      // "41 of the 60 have been let go"): how many of that group are free by now.
      return /\b(?:more than|over|upwards of|in excess of)\s+$/i.test(left.slice(-20)) ||
        /^\W*(?:in all|all in all)\s*,/i.test(left) ||
        (!neighbours.lede &&
          (/^\W*of\s+(?:the|these|those|them)\b[^;:]*,\s*(?:(?:about|around|some|nearly|at least|only|just)\s+)?$/i.test(
            left,
          ) ||
            /^\s*of\s+(?:the|these|those|them)\b/i.test(sentence.slice(nounEnd, verb.start)))) ||
        // "Of the 340 covered by the deal, 300 have been freed", even in the lede: how many of those promised are free
        // by now.
        WHOLE_OF_TERMS_BEFORE.test(left)
        ? { ...reading('cumulative'), perfect: true }
        : { ...reading('release'), perfect: true };
    }
    // "were reported to have let four go": a perfect infinitive under a report verb tells a past event.
    if (/\b(?:is|are|was|were)\s+(?:reported|said|believed|understood|thought|known)\s+to\s+have\s+$/i.test(aux))
      return reading('release');
    // "has released 58 in return", "has in turn freed 115": a perfect told as one side's half of a swap is one batch.
    if (
      /\b(?:have|has|'ve)\s+(?:\w+\s+){0,2}$/i.test(aux) &&
      (/\bin\s+turn\s+$/i.test(aux) || /^\s+in\s+(?:return|exchange)\b(?!\s+for)/i.test(sentence.slice(nounEnd))) &&
      // "have in turn let more than 400 walk out": a floor is a figure so far.
      !/\b(?:more than|over|upwards of|in excess of|almost|nearly)\s+$/i.test(left.slice(-20))
    )
      return { ...reading('release'), perfect: true };
    if (/\b(?:have|has|'ve)\s+(?:\w+\s+){0,2}$/i.test(aux)) {
      // The lede's present perfect is the hot news of one batch ("X have released 40 soldiers"); elsewhere
      // news states running figures in it ("the insurgents have freed 132"), and always when hedged or totalled.
      const hedged = /\b(?:more than|over|upwards of|in excess of|about|around|nearly|some|almost|at least)\s+$/i.test(
        left.slice(-20),
      );
      return neighbours.lede && !hedged && !strongTotal.test(sentence) && !/\b(?:have|has|had)\s+now\b/i.test(sentence)
        ? { ...reading('release'), perfect: true }
        : { ...reading('cumulative'), perfect: true };
    }
    // "thanked Varonia for freeing 40": what one is thanked, praised or blamed for was done.
    if (/ing$/.test(verbText) && CREDITED_FOR.test(sentence.slice(Math.max(clause.start, verb.start - 80), verb.start)))
      return reading('release');
    // "a deadline for freeing the 500", "a freeze on freeing 320": a gerund under a preposition carries no tense.
    if (/ing$/.test(verbText) && /\b(?:for|on|over|about|towards?)\s+$/i.test(aux)) return reading('inherit');
    if (/ing$/.test(verbText) && /\b(?:start|begin|began|started|continue)\w*\s+$/i.test(aux)) return reading('pledge');
    // "..., with 300 returning home by Friday": a participle carries no tense; a future cue in its clause sends it
    // to the sentence's main verb.
    if (/ing$/.test(verbText) && FUTURE_OR_TERM.test(sentence.slice(clause.start, clause.end)))
      return reading('inherit');
    return reading('release');
  }
  // "a plane with 48 former detainees aboard": people named as formerly held have been freed.
  if (
    /\bformer\s+(?:\w+\s+)?(?:detainees|prisoners|hostages|captives|inmates)\b/i.test(
      sentence.slice(numberStart, nounEnd),
    )
  )
    return reading('release');
  // "four protesters have been executed", "more than 100 still face capital charges": a count with a predicate of its
  // own that befalls people in custody is no release, whatever the sentence before told.
  if (OWN_FATE_NOT_FREED.test(right)) return reading('other');
  const measured = readMeasuredNoun(sentence.slice(clause.start, numberStart), right.slice(0, 90));
  if (measured) return reading(measured, measured === 'announcement');
  return reading('inherit');
}

/** The kind a measured release noun gives its count (`RELEASE_NOUN_MEASURED`), or null when the words are no such measure. */
function readMeasuredNoun(before: string, after: string): 'release' | 'announcement' | 'pledge' | null {
  const measured = RELEASE_NOUN_MEASURED.exec(before);
  if (!measured) return null;
  if (!measured[1]) return 'release';
  return NEAR_FUTURE.test(`${measured[0]} ${after}`) ? 'announcement' : 'pledge';
}

/** The predicate of a whole group free by now: "are now free", "are all home", "have now all been released". */
const EVERYONE_FREE_NOW =
  /^[^.;]{0,60}?\b(?:(?:are|is)\s+(?:now\s+)?(?:all\s+)?(?:free|home|back home|safe|out)\b|(?:have|has|had)\s+(?:now\s+)?(?:all\s+)?(?:been\s+(?:\w+\s+)?(?:freed|released|returned|let go|handed over|set free|repatriated)|come\s+(?:out|home)|walked\s+free|gone\s+home|regained\s+(?:their\s+|his\s+|her\s+)?(?:freedom|liberty))\b)/i;

/** "Previous swaps had seen ...": what several events saw is a sum over them, as of an earlier day. */
const SEEN_OVER_EVENTS =
  /\b(?:swaps|exchanges|releases|handovers|rounds|batches|waves|phases)\b(?:\s+[\w-]+){0,3}?\s+(?:(?:had|have)\s+)?(?:saw|seen|see)\b/i;

/** A release verb in a past form: a told release, not a term. */
const PAST_RELEASE_FORM =
  /(?:ed|freed|let|set|flew|flown|took|taken|sent|brought|carried|came|went|got|walked)\b|^(?:are|is|were|was)\s.*\b(?:back|home)$/;

/** Release verbs in the simple present: headline and ticker style ("Brevnia frees 40", "1,500 inmates walk free"). */
const PRESENT_FORM =
  /^(?:releases?|frees?|pardons?|hands?\s+(?:over|back)|walks?\s+(?:free|out)|returns?|repatriates?|swaps?|exchanges?|trades?|sets\s.*free|lets\s.*(?:go|out)|hands\s.*\b(?:back|over)\s+to|go(?:es)?\s+free)$/;
/** Words that cannot be the subject right before a verb: before a noun "release" or "pardons", or before an infinitive. */
const NOT_SUBJECT =
  /^(?:the|a|an|its|their|his|her|our|your|my|this|that|these|those|of|for|on|to|in|at|by|with|from|about|over|after|before|into|upon|and|or|nor|but|not|never|did|does|do|will|would|shall|should|could|can|may|might|must|be|been|being|is|are|was|were|has|have|had|let|lets|make|makes|made|help|helps|no|any|each|every|early|quick|swift|immediate|further|mass|prompt|safe|whose|which|who|whom|what|demand|demands|urge|urges|ask|asks|see|sees|saw|watch|want|wants|expect|expects|allow|allows)$/i;
/** Words of a deal's terms: a release told under them in the present states what the deal does, not what happened. */
const TERMS_FRAME = /\b(?:under|deal|agreement|accord|arrangement|terms|plan|proposal|framework|would|will)\b/i;

/**
 * Whether the count's release verb is a finite simple present with its subject: before the count, a subject word
 * right before it ("Brevnia frees 40", "Gunmen release 7"), or after the count with nothing between ("1,500 inmates
 * walk free"). A noun ("the release of", "issued pardons to") or an infinitive ("to free 40") is not.
 */
function isPresentRelease(
  sentence: string,
  verb: VerbHit,
  verbText: string,
  aux: string,
  numberStart: number,
  nounEnd: number,
): boolean {
  if (verb.start >= nounEnd && HEADLINE_PARTICIPLE.test(verbText) && isHeadline(sentence, numberStart, verb))
    return /^\s*$/.test(sentence.slice(nounEnd, verb.start));
  // "58 detainees are being released right now": a passive progressive after the count is the day's news.
  if (
    verb.start >= nounEnd &&
    /\b(?:is|are)\s+(?:now\s+|currently\s+|finally\s+)?being\s+$/i.test(aux) &&
    /^(?:released|freed|pardoned|handed|let|set|repatriated|returned|exchanged|swapped)/i.test(verbText)
  )
    return !TERMS_OR_MOOD_BEFORE.test(sentence.slice(0, numberStart));
  if (!PRESENT_FORM.test(verbText)) return false;
  // "the agreement says that the movement in return release 1,000": a term or a subjunctive, not the day's news.
  if (TERMS_OR_MOOD_BEFORE.test(sentence.slice(0, verb.start))) return false;
  if (verb.start >= nounEnd) return /^\s*(?:now\s+|finally\s+)?$/.test(sentence.slice(nounEnd, verb.start));
  // The count is the verb's object: only a hedge or "another" between them.
  const between = sentence.slice(verb.end, numberStart);
  if (
    !/^\s*(?:(?:another|a further|more than|over|about|around|some|nearly|almost|at least|up to|all|the)\s+)*$/i.test(
      between,
    )
  )
    return false;
  const subject = /(?:^|\s)(?:\d+-)?([A-Za-z][\w'’-]*)\s*$/.exec(aux)?.[1];
  // A gerund or adverb ("freeing", "finally") is no subject; "the king", "Beijing" are.
  return subject !== undefined && !NOT_SUBJECT.test(subject) && !/^[a-z]{2,}\w(?:ing|ly)$/.test(subject);
}

/**
 * Whether the count is the object of a present progressive release with its subject ("Ostria is freeing 12 sailors",
 * "the army are releasing 40"): the day's news told as it happens, even beside the deal it carries out.
 */
function isProgressiveRelease(
  sentence: string,
  verb: VerbHit,
  verbText: string,
  aux: string,
  numberStart: number,
): boolean {
  if (!/ing$/.test(verbText) || verb.end > numberStart) return false;
  if (!/(?:^|\s)[A-Za-z][\w'’-]*\s+(?:is|are)\s+(?:now\s+|also\s+|finally\s+)?$/i.test(aux)) return false;
  // "As part of the same deal, Caracas is freeing 20": the deal named as the frame of a release happening now.
  if (TERMS_OR_MOOD_BEFORE.test(sentence.slice(0, verb.start).replace(DEAL_FRAME, ' '))) return false;
  return /^\s*(?:(?:another|a further|more than|over|about|around|some|nearly|almost|at least|up to|all|the)\s+)*$/i.test(
    sentence.slice(verb.end, numberStart),
  );
}

/** An opening that names the deal a release happens under: "As part of the same deal", "Under the agreement,". */
const DEAL_FRAME =
  /^\W*(?:as part of|under|in|through)\s+(?:the|a|an|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord|arrangement|swap|exchange|truce|ceasefire)\b\s*,?/i;

/** A release process, named or in the gerund: what "completed" or "finished" must take for a count to sum it up. */
const PROCESS_NOUN = String.raw`(?:releases?|exchanges?|swaps?|handovers?|hand-overs?|process|operation|evacuation|repatriations?|amnesty|pardons?|deal|transfers?|returns?|phase|round|stage|programme|program|it|them|freeing|releasing|pardoning|handing|returning|exchanging|swapping|repatriating|evacuating|sending|letting)`;

/**
 * "completed the release of 1,000", "finished the second phase, freeing 300", "the swap is complete and 90 are
 * home": the count sums up a process of releases. "had just finished a flying course" finishes something else.
 */
const COMPLETED_PROCESS_BEFORE = new RegExp(
  String.raw`(?:\b(?:complet\w*|finish\w*)\s+(?:[\w'’-]+\s+){0,3}?${PROCESS_NOUN}|\b${PROCESS_NOUN}\s+(?:is|was|are|were|has\s+been|had\s+been|have\s+been)\s+(?:now\s+)?(?:complete|completed|finished))\b[^,;]*$`,
  'i',
);

/** "300 walked free, completing the exchange", "the handover of 120 was completed", "... came to an end". */
const COMPLETED_PROCESS_AFTER = new RegExp(
  String.raw`^[^,;]{0,60}\b(?:(?:complet\w*|finish\w*)\s+(?:[\w'’-]+\s+){0,3}?${PROCESS_NOUN}\b|(?:was|were|is|are|been|now)\s+(?:\w+\s+)?(?:complete|completed|finished)\b|came to an end|wrapped up)`,
  'i',
);

/** Words before a present-tense verb that put it under a deal's terms, a condition, a modal or a "that" clause. */
const TERMS_OR_MOOD_BEFORE =
  /\b(?:that|agreement|deal|accord|terms|under|if|unless|once|until|would|will|shall|must|should|supposed|demand\w*|want\w*|insist\w*|urg\w*)\b/i;
/** Participles a headline uses without an auxiliary: "Two hostages freed, 10 still missing". */
const HEADLINE_PARTICIPLE = /^(?:freed|released|pardoned|repatriated|returned|swapped|exchanged|handed over|set free)$/;
/** Any word that would make a sentence more than a headline: an auxiliary, a modal or a reporting verb. */
const FINITE_WORD =
  /\b(?:is|are|was|were|be|been|being|has|have|had|will|would|shall|can|could|may|might|must|should|said|says|say|did|does|do|told|added)\b/i;

/**
 * Whether a count opens a headline-like fragment whose participle is its only predicate ("Two hostages freed, 10
 * still missing", "BREAKING: 40 POWs released"): the news of the day, not a reduced relative waiting for its verb.
 */
function isHeadline(sentence: string, numberStart: number, verb: VerbHit): boolean {
  if (!/^\W*(?:[^.!?:]{1,40}:\s*)?$/.test(sentence.slice(0, numberStart))) return false;
  if (FINITE_WORD.test(sentence) || /[.!?]\W*$/.test(sentence)) return false;
  return !/\b[a-z]+ed\b/i.test(sentence.slice(verb.end).split(/[,;]/)[0] ?? '');
}

/** Anything in a sentence that puts its release in the future or under a condition. */
const FUTURE_OR_TERM =
  /\b(?:will|would|shall|to be|is to|are to|was to|were to|expected|due|set to|scheduled|planned|supposed|meant|intended|until|once|if|unless|when|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the end))\b/i;

/** A past-time anchor for a participle's tense: a past day, or a finite past verb of release. */
const PAST_ANCHOR =
  /\b(?:yesterday|last (?:night|week|month)|earlier (?:today|this week)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|exchanged|swapped|traded|freed|released|returned|took place)\b/i;

/** Where a description of the object or of the deal starts after a count: a relative clause, an apposition, a frame. */
const DESCRIPTION_START =
  /[,;(]|\b(?:that|which|who|whom|whose|under|whereby|as part of|in line with|in keeping with|with|the first of)\b/i;

/**
 * The words of the count's own predicate: before a verb that precedes the count, its auxiliaries, what stands between
 * them and the count, and the count's modifiers up to a description ("that will see ..."); before a verb after the
 * count, what stands before the count and between it and the verb.
 */
function predicateWords(
  sentence: string,
  verb: VerbHit,
  aux: string,
  numberStart: number,
  nounEnd: number,
  left: string,
  right: string,
): string {
  if (verb.start >= nounEnd) return `${left.slice(-40)} # ${sentence.slice(nounEnd, verb.end)}`;
  const description = right.search(DESCRIPTION_START);
  const modifiers = right.slice(0, description < 0 ? 50 : Math.min(description, 50));
  return `${aux} # ${sentence.slice(verb.end, numberStart)} # ${modifiers}`;
}

/** A determiner right before a participle makes it an adjective: "the freed men", "those released". */
const ATTRIBUTIVE_BEFORE = /\b(?:the|these|those|newly|recently|all)\s+$/i;
/** The described noun's own verb (of telling, knowing, meeting) before the count, with no release word of its own. */
const OTHER_VERB_BETWEEN =
  /^\s+(?:[a-z]+\s+){1,2}?(?:had|has|have|told|tell|tells|said|say|says|met|meet|thanked|thank|knew|know|heard|hear|asked|ask|spoke|recalled|described|saw|see|urged|urge|prayed|embraced|hugged|greeted|joined)\b(?![^.;]*\b(?:freed|released|let go|set free|pardoned|handed over|returned)\b)[^.;]*$/i;

/** Whether the release word at start..end is a participle describing a noun whose own verb then governs the count. */
function isAttributiveOfOthers(sentence: string, start: number, end: number, numberStart: number): boolean {
  return (
    ATTRIBUTIVE_BEFORE.test(sentence.slice(Math.max(0, start - 12), start)) &&
    OTHER_VERB_BETWEEN.test(sentence.slice(end, numberStart))
  );
}

/** Whether a release word before the count describes other people ("the freed men had no news of ..."). */
function describesOthers(sentence: string, numberStart: number): boolean {
  RELEASE_VERB.lastIndex = 0;
  const span = sentence.slice(0, numberStart);
  for (let match = RELEASE_VERB.exec(span); match; match = RELEASE_VERB.exec(span))
    if (isAttributiveOfOthers(sentence, match.index, match.index + match[0].length, numberStart)) return true;
  return false;
}

/**
 * Whether the count's release verb tells a release that happened: a past form with no modal near, or a participle
 * ("returning home") in a sentence anchored in the past with nothing future or conditional.
 */
function toldAsPast(sentence: string, verb: VerbHit | null, verbText: string, near: string): boolean {
  if (!verb) return false;
  if (PAST_RELEASE_FORM.test(verbText)) return !/\b(?:would|will|be|promised)\b/i.test(near);
  return (
    /ing\b/.test(verbText) &&
    PAST_ANCHOR.test(sentence) &&
    !FUTURE_OR_TERM.test(sentence) &&
    !PLEDGE_TERMS.test(sentence)
  );
}

function lastWords(text: string, count: number): string {
  return text.split(/\s+/).filter(Boolean).slice(-count).join(' ');
}

interface VerbHit {
  start: number;
  end: number;
  distance: number;
}

/** Quoted words: straight or curly double quotes. */
const QUOTATION = /"[^"]*"|“[^”]*”/g;

/** The quotations of four words or more in the sentence, as [start, end) spans; none when it quotes no one. */
function quotations(sentence: string): Array<[number, number]> {
  if (!/["“]/.test(sentence)) return [];
  return allMatches(QUOTATION, sentence)
    .filter((match) => /(?:\S+\s+){3}\S/.test(match[0]))
    .map((match): [number, number] => [match.index, match.index + match[0].length]);
}

/** Whether the word at `at` is inside one of `quotes` that does not hold the count at `numberStart`. */
function inOtherQuotation(quotes: Array<[number, number]>, at: number, numberStart: number): boolean {
  const quote = quotes.find(([start, end]) => start < at && at < end);
  return quote !== undefined && (numberStart < quote[0] || numberStart >= quote[1]);
}

function nearestReleaseVerb(
  sentence: string,
  from: number,
  to: number,
  numberStart: number,
  nounEnd: number,
): VerbHit | null {
  let best: VerbHit | null = null;
  const span = sentence.slice(from, to);
  const quotes = quotations(sentence);
  // One shared global pattern, rewound here: compiling or cloning it per call dominated extraction time.
  RELEASE_VERB.lastIndex = 0;
  for (let match = RELEASE_VERB.exec(span); match; match = RELEASE_VERB.exec(span)) {
    const start = from + match.index;
    const end = start + match[0].length;
    if (start >= numberStart && start < nounEnd) continue;
    if (TRANSPORT_VERB.test(match[0]) && INTAKE.test(sentence)) continue;
    // "137 were taken", "taken from the school": taking with nowhere to go is taking captive.
    if (/^(?:took|taken)$/i.test(match[0]) && !TAKEN_SOMEWHERE.test(sentence.slice(end, end + 70))) continue;
    // "Sixteen prisoners were sent back to jail after the hearing": taken to a court or a cell is kept in custody.
    if (TRANSPORT_VERB_START.test(match[0]) && TO_COURT_OR_CELL.test(sentence.slice(end, end + 50))) continue;
    // '"We don't go home until dark," said a mother whose daughter is among the 121': a verb inside a quotation the
    // count is outside of is someone's words about something else.
    if (inOtherQuotation(quotes, start, numberStart)) continue;
    // "The freed men had no news of three others": a participle describing another noun, whose own verb governs the
    // count, is not the count's predicate.
    if (end <= numberStart && isAttributiveOfOthers(sentence, start, end, numberStart)) continue;
    // Noun "release" in "the release of" counts as the predicate too (governed by its verb).
    // "sent back 1,210": a particle between a verb and its object adds no distance.
    const distance =
      end <= numberStart
        ? numberStart -
          end -
          (/^\s*(?:home|back|free|out|over|off)\b/i.exec(sentence.slice(end, numberStart))?.[0].length ?? 0)
        : start - nounEnd;
    // A noun "release" ("whose release they pledged") is a weaker predicate than a verb next to the count.
    const isNoun =
      /^releases?$/i.test(match[0]) &&
      /\b(?:the|a|an|its|their|his|her|whose|this|that|of|for|s)\s*$/i.test(
        sentence.slice(Math.max(0, start - 8), start),
      );
    // "With their release, eleven have been handed back": a release noun in an opening phrase set off by a comma
    // belongs to other people; the count's verb comes after it.
    if (
      isNoun &&
      end <= numberStart &&
      /,/.test(sentence.slice(end, numberStart)) &&
      /^\W*(?:with|after|following|upon|since)\s+(?:[\w'’-]+\s+){0,3}$/i.test(sentence.slice(from, start))
    )
      continue;
    const weighted = (end <= numberStart ? distance : distance * 0.8) * (isNoun ? 4 : 1);
    if (!best || weighted < best.distance) best = { start, end, distance: weighted };
  }
  return best;
}

/**
 * The clause a count sits in: cut at semicolons, and at ", while"/", but"/", and" boundaries; a gerund that opens a
 * clause (", bringing the total to") stays in it.
 */
export function clauseAround(sentence: string, start: number, end: number): { start: number; end: number } {
  const boundary =
    /;|:\s|,\s+(?:while|but|whereas|and|although|though|as|after|before|with)\s|,\s+(?=(?:bringing|taking|lifting|raising|pushing)\s)|\s+(?:while|whereas|but)\s|\s+and\s+(?=(?:the|its|their|his|her|a|an)\s)(?!an?\s+(?:half|quarter|third)\b)/gi;
  let clauseStart = 0;
  let clauseEnd = sentence.length;
  for (const match of allMatches(boundary, sentence)) {
    const matchEnd = match.index + match[0].length;
    if (matchEnd <= start) clauseStart = matchEnd;
    else if (match.index >= end) {
      clauseEnd = match.index;
      break;
    }
  }
  return { start: clauseStart, end: clauseEnd };
}
