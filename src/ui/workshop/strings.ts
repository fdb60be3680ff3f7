// Strings of the workshop panel (loaded with it). Parameter names: English from CALIBRATION,
// French from the results strings plus the ones only this panel shows (below).
import type { ParamGroup, ParamId } from '../../sim/calibration';
import type { AssumptionsIssueKind } from '../../sim/assumption-issues';
import type { Lang } from '../../i18n/strings';

export interface WorkshopStrings {
  readonly title: string;
  readonly intro: string;
  readonly close: string;
  readonly compareTitle: string;
  readonly pathA: string;
  readonly pathB: string;
  readonly alicePath: string;
  readonly yourPath: string;
  readonly measuredPath: string;
  readonly tableCaption: string;
  readonly difference: string;
  /** The rows the debrief does not already name (its labels serve the others). */
  readonly rows: { readonly ofTarget: string; readonly events: string };
  readonly spreadNote: string;
  readonly none: string;
  readonly computing: string;
  readonly computed: string;
  readonly failed: string;
  readonly seed: string;
  readonly runs: string;
  readonly assumptionsTitle: string;
  readonly assumptionsIntro: string;
  readonly reset: string;
  readonly save: string;
  readonly load: string;
  readonly sampleRanges: string;
  readonly changed: string;
  readonly noneChanged: string;
  readonly published: string;
  /** Which way raising an assumption should move accepted leads (CALIBRATION[id].direction). */
  readonly direction: { readonly up: string; readonly down: string; readonly none: string };
  readonly range: string;
  readonly source: string;
  readonly loadedFile: string;
  /** An older file without some of today's assumptions: {n} of them, {names} their names. */
  readonly filledOne: string;
  readonly filledMany: string;
  readonly notJson: string;
  readonly unreadable: string;
  readonly rejected: string;
  /** Why a loaded file or an edit was refused, by kind of fault: {field} names it. */
  readonly issues: Readonly<Record<AssumptionsIssueKind, string>>;
  /** How {field} reads: the whole file, a part of a parameter's range, a top-level field. */
  readonly field: {
    readonly file: string;
    readonly param: string;
    readonly part: string;
    readonly top: string;
    readonly parts: { readonly value: string; readonly low: string; readonly high: string };
  };
  /** The {expected} of a wrong type. */
  readonly types: { readonly object: string; readonly number: string; readonly boolean: string };
  readonly fileName: string;
  readonly groups: Readonly<Record<ParamGroup, string>>;
  readonly units: { readonly pct: string; readonly eur: string; readonly pts: string; readonly weeks: string; readonly x: string };
}

const en: WorkshopStrings = {
  title: 'Workshop: compare paths, change the assumptions',
  intro: 'For a room: put two paths side by side, change an assumption and watch the numbers move. Both paths face the same draws (seed {seed}), {runs} simulated semesters each.',
  close: 'Close the workshop',
  compareTitle: 'Two paths side by side',
  pathA: 'Path A',
  pathB: 'Path B',
  alicePath: 'Alice’s path',
  yourPath: 'Your path',
  measuredPath: 'A measured path',
  tableCaption: 'Medians over the simulated semesters; the range is the 10th to 90th percentile.',
  difference: 'B − A',
  rows: { ofTarget: 'Share of the target ({target})', events: 'What happens in most runs' },
  spreadNote: '{p10} to {p90}',
  none: 'nothing notable',
  computing: 'Simulating…',
  computed: 'Computed {n} paths × {runs} runs in {ms} ms.',
  failed: 'The simulation failed: {reason}',
  seed: 'Seed',
  runs: 'Runs per path',
  assumptionsTitle: 'Assumptions',
  assumptionsIntro: 'The published figures behind the model, with their sources. Change a value and both paths are simulated again. A value outside its range widens the range. These assumptions apply to this panel only, not to the story.',
  reset: 'Back to the published figures',
  save: 'Save as a file',
  load: 'Load a file…',
  sampleRanges: 'Draw each rate within its range (uncheck: central values only)',
  changed: '{n} assumption(s) changed from the published figures.',
  noneChanged: 'All assumptions are the published figures.',
  published: 'published: {value}',
  direction: { up: '↑ raises accepted leads', down: '↓ lowers accepted leads', none: '↕ no single direction' },
  range: 'Range',
  source: 'Source',
  loadedFile: 'Assumptions loaded from {name}.',
  filledOne: 'The file comes from an earlier version of the game: it has no value for {names}, which is set to its published figure.',
  filledMany: 'The file comes from an earlier version of the game: {n} assumptions it does not have are set to their published figures ({names}).',
  notJson: 'This file is not JSON: nothing was changed.',
  unreadable: 'This file could not be read: nothing was changed.',
  rejected: 'These assumptions were refused, nothing was changed. {reason}',
  issues: {
    tooLarge: '{field} is {bytes} bytes, over the limit of {limit} bytes: it was not read.',
    notJson: '{field} is not JSON.',
    missing: '{field} is missing (it should be {expected}).',
    unknown: '{field} is not an assumption this game knows (a typo?).',
    wrongType: '{field} should be {expected}.',
    notFinite: '{field} is not a finite number (NaN or infinity).',
    negative: '{field} is negative: it must be 0 or more.',
    belowMin: '{field} is below the smallest value allowed, {limit}.',
    aboveMax: '{field} is above the largest value allowed, {limit}.',
    wrongVersion: '{field}: this version of the file format is not supported (expected {expected}).',
    inverted: '{field}: the range is upside down, its low end {low} is above its high end {high}.',
    outsideRange: '{field} lies outside its range, {low} to {high}.',
    zeroWidth: '{field}: the range has no width (low = high = {low}), and this assumption needs a spread.',
  },
  field: {
    file: 'The file',
    param: '“{name}” ({path})',
    part: 'The {part} of “{name}” ({path})',
    top: 'The field {path}',
    parts: { value: 'value', low: 'low end', high: 'high end' },
  },
  types: { object: 'an object', number: 'a number', boolean: 'true or false' },
  fileName: 'alice-logbook-assumptions.json',
  groups: {
    email: 'Email',
    deliverability: 'Deliverability',
    'bought list': 'Bought list',
    segmentation: 'Segmentation',
    content: 'Content',
    landing: 'Website and landing pages',
    display: 'Display banners',
    social: 'Social networks',
    shows: 'Trade shows',
    funnel: 'Sales funnel',
    'scoring & nurturing': 'Scoring and nurturing',
    costs: 'Costs',
  },
  units: { pct: '%', eur: '€', pts: 'pts', weeks: 'wk', x: '×' },
};

const fr: WorkshopStrings = {
  title: 'Atelier : comparer des parcours, changer les hypothèses',
  intro: 'Pour animer une salle : deux parcours côte à côte, une hypothèse qu’on change, des chiffres qui bougent. Les deux parcours affrontent les mêmes tirages (graine {seed}), {runs} semestres simulés chacun.',
  close: 'Fermer l’atelier',
  compareTitle: 'Deux parcours côte à côte',
  pathA: 'Parcours A',
  pathB: 'Parcours B',
  alicePath: 'Le parcours d’Alice',
  yourPath: 'Votre parcours',
  measuredPath: 'Un parcours mesuré',
  tableCaption: 'Médianes des semestres simulés ; la fourchette va du 10e au 90e centile.',
  difference: 'B − A',
  rows: { ofTarget: 'Part de l’objectif ({target})', events: 'Ce qui arrive dans la plupart des semestres' },
  spreadNote: 'de {p10} à {p90}',
  none: 'rien de notable',
  computing: 'Simulation en cours…',
  computed: '{n} parcours × {runs} semestres calculés en {ms} ms.',
  failed: 'La simulation a échoué : {reason}',
  seed: 'Graine',
  runs: 'Semestres par parcours',
  assumptionsTitle: 'Hypothèses',
  assumptionsIntro: 'Les chiffres publiés sur lesquels repose le modèle, avec leurs sources. Changez une valeur : les deux parcours sont simulés à nouveau. Une valeur hors de sa fourchette élargit la fourchette. Ces hypothèses ne valent que pour ce panneau, pas pour l’histoire.',
  reset: 'Revenir aux chiffres publiés',
  save: 'Enregistrer dans un fichier',
  load: 'Charger un fichier…',
  sampleRanges: 'Tirer chaque taux dans sa fourchette (décoché : valeurs centrales seulement)',
  changed: '{n} hypothèse(s) modifiée(s) par rapport aux chiffres publiés.',
  noneChanged: 'Toutes les hypothèses sont les chiffres publiés.',
  published: 'publié : {value}',
  direction: { up: '↑ augmente les leads acceptés', down: '↓ réduit les leads acceptés', none: '↕ pas de sens unique' },
  range: 'Fourchette',
  source: 'Source',
  loadedFile: 'Hypothèses chargées depuis {name}.',
  filledOne: 'Ce fichier vient d’une version antérieure du jeu : il ne fixe pas {names}, qui reprend le chiffre publié.',
  filledMany: 'Ce fichier vient d’une version antérieure du jeu : les {n} hypothèses qu’il ne contient pas reprennent les chiffres publiés ({names}).',
  notJson: 'Ce fichier n’est pas du JSON : rien n’a changé.',
  unreadable: 'Ce fichier n’a pas pu être lu : rien n’a changé.',
  rejected: 'Ces hypothèses ont été refusées, rien n’a changé. {reason}',
  issues: {
    tooLarge: '{field} fait {bytes} octets, au-delà de la limite de {limit} octets : il n’a pas été lu.',
    notJson: '{field} n’est pas du JSON.',
    missing: '{field} : absent (il faut {expected}).',
    unknown: '{field} : ce n’est pas une hypothèse que le jeu connaît (une faute de frappe ?).',
    wrongType: '{field} : il faut {expected}.',
    notFinite: '{field} : ce n’est pas un nombre fini (NaN ou infini).',
    negative: '{field} : valeur négative, il faut 0 ou plus.',
    belowMin: '{field} : sous la plus petite valeur permise, {limit}.',
    aboveMax: '{field} : au-dessus de la plus grande valeur permise, {limit}.',
    wrongVersion: '{field} : cette version du format de fichier n’est pas prise en charge ({expected} attendu).',
    inverted: '{field} : la fourchette est inversée, son bas ({low}) dépasse son haut ({high}).',
    outsideRange: '{field} : hors de sa fourchette, de {low} à {high}.',
    zeroWidth: '{field} : la fourchette n’a aucune largeur (bas = haut = {low}), or cette hypothèse demande un écart.',
  },
  field: {
    file: 'Le fichier',
    param: '« {name} » ({path})',
    part: '« {name} », {part} ({path})',
    top: 'Le champ {path}',
    parts: { value: 'valeur', low: 'bas de la fourchette', high: 'haut de la fourchette' },
  },
  types: { object: 'un objet', number: 'un nombre', boolean: 'true ou false' },
  fileName: 'alice-logbook-hypotheses.json',
  groups: {
    email: 'Emailing',
    deliverability: 'Délivrabilité',
    'bought list': 'Fichier acheté',
    segmentation: 'Segmentation',
    content: 'Contenu',
    landing: 'Site et pages d’atterrissage',
    display: 'Bannières display',
    social: 'Réseaux sociaux',
    shows: 'Salons',
    funnel: 'Entonnoir commercial',
    'scoring & nurturing': 'Scoring et nurturing',
    costs: 'Coûts',
  },
  units: { pct: '%', eur: '€', pts: 'pts', weeks: 'sem.', x: '×' },
};

export const WORKSHOP_STRINGS: Readonly<Record<Lang, WorkshopStrings>> = { en, fr };

/** French names of the parameters the results strings do not translate (they are only shown here). */
export const PARAM_NAMES_FR: Partial<Readonly<Record<ParamId, string>>> = {
  emailClickRate: 'Taux de clic (des emails délivrés)',
  emailSoftBounce: 'Taux de soft bounce',
  emailComplaintRate: 'Taux de plaintes (signalements comme spam)',
  emailUnsubRate: 'Taux de désinscription (des emails délivrés)',
  reputationStart: 'Réputation d’expéditeur en janvier 2016',
  bouncePenalty: 'Réputation perdue par point de hard bounce (rapporté à la taille de la liste) au-delà de 2 %',
  segmentBuildWeeks: 'Semaines pour préparer les emailings et pages d’atterrissage par segment avant un lancement segmenté',
  platformReviewPeriod: 'Semaines laissées à un compte en examen pour corriger avant qu’une semaine au niveau d’examen le suspende',
  reputationOnset: 'Part des dégâts en attente qui atteint la réputation chaque semaine',
  newNameLift: 'Ouvertures et clics des adresses jamais contactées, au premier envoi',
  freeAssetLift: 'Livre blanc gratuit et nouveau : clics et formulaires en plus chez tous ceux à qui on le propose, quel qu’en soit le sujet',
  inWeekReaction: 'Part des dégâts d’une semaine que les messageries appliquent à l’envoi même',
  platformReviewComplaint: 'Examen par la plateforme à ce taux de plaintes',
  platformSuspendComplaint: 'Suspension par la plateforme à ce taux de plaintes',
  suspensionWeeks: 'Semaines sans emailing après une suspension',
  repermissionRate: 'Contacts de la base qui reconfirment leur accord (réintégration après une suspension)',
  boughtRepermissionRate: 'Contacts achetés qui reconfirment leur accord',
  leadDelayDecay: 'Chance d’acceptation qu’un lead qualifié perd par semaine d’attente',
  fieldFollowUp: 'Leads non appelés en 3 semaines que les commerciaux terrain relancent',
  showSlip: 'Leads qualifiés de salon jamais relancés',
  emailOpenClickCorrelation: 'Corrélation des tirages des taux d’ouverture et de clic',
  boughtListSize: 'Adresses du fichier acheté',
  boughtPrice: 'Prix par adresse achetée',
  boughtStaleShare: 'Adresses achetées délivrées mais jamais lues',
  boughtUnsubMult: 'Désinscriptions des contacts achetés par rapport aux nôtres',
  boughtOffTarget: 'Contacts achetés hors de tout segment cible',
  verifyCost: 'Coût de vérification par adresse',
  enrichCost: 'Coût par contact enrichi',
  segComplaintLift: 'Campagnes segmentées : plaintes',
  segLandingLift: 'Page d’atterrissage par segment : formulaires',
  relOpen: 'Effet de la pertinence sur les ouvertures',
  relClick: 'Effet de la pertinence sur les clics par ouverture',
  relFill: 'Effet de la pertinence sur les formulaires',
  fatigueMemory: 'Mémoire hebdomadaire des envois passés (lassitude)',
  genericPull: 'Attrait des offres 2015 face à un livre blanc à formulaire',
  gatedOrganicLift: 'Livre blanc à formulaire sur les pages d’offre : conversion en plus des visiteurs',
  organicConversion: 'Visiteur du site -> contact engagé (offre générique)',
  organicVisitors: 'Visiteurs hebdomadaires des pages d’offres B2B',
  emailVisitRate: 'Clic dans l’email -> visite de la page',
  displayCpmBroad: 'CPM, médias généralistes',
  displayCpmChosen: 'CPM, médias B2B ou sectoriels choisis',
  displayVisitRate: 'Clic sur bannière -> vraie visite (clics accidentels)',
  displayWarmth: 'Propension à remplir des visiteurs venus des bannières, face aux cliqueurs d’emails',
  linkedinFollowers: 'Abonnés de la page entreprise LinkedIn',
  linkedinOrganicReach: 'Portée organique LinkedIn par publication',
  linkedinOrganicCtr: 'Taux de clic des publications LinkedIn organiques',
  linkedinWarmth: 'Propension à remplir des visiteurs venus de LinkedIn, face aux cliqueurs d’emails',
  twitterFollowers: 'Abonnés Twitter',
  twitterReach: 'Abonnés qui voient un tweet',
  twitterWarmth: 'Propension à remplir des visiteurs venus de Twitter, face aux cliqueurs d’emails',
  facebookFans: 'Fans de la page Facebook',
  facebookClickRate: 'Taux de clic des publications Facebook',
  facebookWarmth: 'Propension à remplir des visiteurs venus de Facebook, face aux cliqueurs d’emails',
  showVisitors: 'Visiteurs du stand par salon',
  acceptRate: 'Lead qualifié appelé -> accepté par les commerciaux',
  agreementJunkShare: 'Formulaires non qualifiés transmis une fois la définition partagée ou les leads scorés',
  agreementSlip: 'Leads jamais transmis avec un engagement de suivi (SLA)',
  agreementCapacityLift: 'SLA de suivi : temps commercial consacré aux leads marketing',
  scoringAcceptLift: 'Scoring : acceptation (les meilleurs leads appelés d’abord)',
  nurtureQual: 'Chances de qualification d’un lead réactivé face à un nouveau',
  espCostPerThousand: 'Coût de la plateforme d’emailing pour 1 000 emails',
};
