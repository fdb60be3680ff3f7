// The one palette of the game. Corporate telecom blue is the key colour; coral and mustard are
// the warm accents; warm neutrals for skin and wood; off-white walls.

export const C = {
  // blues
  navy: '#16294a',
  deep: '#1f4e8c',
  blue: '#2d6cc0',
  sky: '#7fa8dc',
  pale: '#cfe0f5',
  ice: '#e9f1fb',
  // accents
  coral: '#f07a5a',
  coralDark: '#d05d42',
  coralPale: '#f9c9b8',
  mustard: '#f2b843',
  mustardDark: '#d39a2a',
  mustardPale: '#f8dfa4',
  green: '#5fae8c',
  greenDark: '#3f8a6b',
  // neutrals
  wall: '#f4efe6',
  wallShade: '#e8e0d2',
  paper: '#fbfaf6',
  floor: '#d9cbb4',
  floorDark: '#c7b69b',
  wood: '#c99a6b',
  woodDark: '#a87b52',
  woodLight: '#dcb68c',
  ink: '#1d2433',
  grey: '#8a93a3',
  greyLight: '#c9cfd8',
  greyPale: '#e4e8ee',
  charcoal: '#33363d',
  white: '#ffffff',
  shadow: '#16294a', // used at low opacity for every shadow
};

/** Standard soft shadow attributes. */
export const SH = (o = 0.12) => ({ fill: C.shadow, opacity: o });
