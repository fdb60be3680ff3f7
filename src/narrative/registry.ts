// The tag registry: every presentation tag the story may use. It is the contract between the
// story (story/**), the art (src/game, assets/art) and the sound (src/audio, assets/audio).
// An unknown tag or an unknown name inside a known tag is a story-test failure, not a no-op.
// Pure data: no inkjs here, so game/, ui/ and audio/ may import it.

export const SCENES = [
  'bedroom_night', // Alice's bedroom at night: the spreadsheet nightmare
  'bedroom_dawn', // same room, alarm clock, grey morning light
  'boardroom', // the President's New Year speech
  'cecile_office', // Cécile's office
  'alice_desk', // Alice's open-space desk
  'aurelie_office', // Aurélie's office (Communication)
  'phone_call', // the list vendor on the phone (split view)
  'launch', // campaign launch: envelopes, social feeds, banners multiplying
  'war_room', // results room with dashboard screens
  'sales_floor', // the sales team's floor (Marc)
  'president_review', // the President's review, end of June
] as const;
export type SceneName = (typeof SCENES)[number];

export const CHARACTERS = ['alice', 'cecile', 'aurelie', 'philippe', 'president', 'vendor', 'marc'] as const;
export type CharacterName = (typeof CHARACTERS)[number];

export const EXPRESSIONS = ['neutral', 'happy', 'worried', 'tense', 'surprised'] as const;
export type Expression = (typeof EXPRESSIONS)[number];

/** Display names per language (the vendor has no name: he is a voice). */
export const CHARACTER_NAMES: Readonly<Record<CharacterName, { en: string; fr: string }>> = {
  alice: { en: 'Alice', fr: 'Alice' },
  cecile: { en: 'Cécile', fr: 'Cécile' },
  aurelie: { en: 'Aurélie', fr: 'Aurélie' },
  philippe: { en: 'Philippe', fr: 'Philippe' },
  president: { en: 'The President', fr: 'Le Président' },
  vendor: { en: 'The vendor', fr: 'Le vendeur' },
  marc: { en: 'Marc, sales', fr: 'Marc, ventes' },
};

export const SFX = [
  'clock_tick',
  'alarm_clock',
  'phone_buzz', // an SMS arrives (Aurélie)
  'phone_ring', // the vendor calls
  'mail_swoosh', // a mailing goes out
  'notif_ping', // one notification (they multiply in the launch)
  'keyboard', // typing at the desk
  'door_knock',
  'paper_rustle',
  'applause',
  'sting_good',
  'sting_bad',
] as const;
export type SfxName = (typeof SFX)[number];

export const MUSIC = ['night', 'office', 'tension', 'resolution', 'silence'] as const;
export type MusicName = (typeof MUSIC)[number];

export const PROPS = ['sms', 'white_paper', 'prospect_list', 'dashboard', 'action_plan', 'none'] as const;
export type PropName = (typeof PROPS)[number];

/** `#sim:` phases: the controller runs the model and writes its results into ink variables (the
 * phases are the simulation service's: its protocol names them). */
export { SIM_PHASES, type SimPhase } from '../service/protocol';

export const ENDINGS = ['ending_wall', 'ending_short', 'ending_met', 'ending_beyond'] as const;
export type EndingId = (typeof ENDINGS)[number];

export const EPISODES = [1, 2, 3, 4] as const;
