/**
 * States and countries. Safe Harbor (45 CFR 164.514(b)(2)(i)(B)) removes geographic subdivisions *smaller
 * than a state*, so a state or a country alone is not an identifier: the detector uses these lists to leave
 * such names alone, and to recognise the tail of an address block ("…, Springfield, IL 62704, USA").
 * Names are lower case, diacritics removed (as `foldPlaceName` makes them).
 */

/** USPS two-letter codes of the states, DC and the territories (USPS Publication 28, Appendix B). */
export const US_STATE_CODES: ReadonlySet<string> = new Set(
  ('AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND ' +
    'OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY AS GU MP PR VI').split(' '),
);

/** Two-letter codes that are also everyday upper-case words or clinical abbreviations. */
export const AMBIGUOUS_STATE_CODES: ReadonlySet<string> = new Set(['IN', 'OR', 'ME', 'OK', 'HI', 'PA', 'MD', 'CO', 'DE', 'LA', 'MA', 'ID', 'AS', 'VA', 'MS', 'MI', 'OH', 'NE', 'GA', 'AL', 'PR', 'ND', 'SC', 'SD', 'NC', 'CA']);

const STATE_NAMES =
  'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|' +
  'illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|' +
  'mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|' +
  'north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|' +
  'utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|puerto rico|guam|' +
  // Provinces, territories and federal states that posts name the way Americans name states.
  'ontario|quebec|british columbia|alberta|manitoba|saskatchewan|nova scotia|new brunswick|newfoundland|' +
  'bavaria|bayern|catalonia|andalusia|scotland|wales|england|northern ireland|queensland|victoria|tasmania|' +
  'new south wales';

// UN member states and a few other widely used country names (common English short forms).
const COUNTRY_NAMES =
  'afghanistan|albania|algeria|andorra|angola|antigua and barbuda|argentina|armenia|australia|austria|' +
  'azerbaijan|bahamas|bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|' +
  'bosnia and herzegovina|bosnia|botswana|brazil|brunei|bulgaria|burkina faso|burundi|cabo verde|cape verde|' +
  'cambodia|cameroon|canada|central african republic|chad|chile|china|colombia|comoros|congo|costa rica|' +
  "cote d'ivoire|ivory coast|croatia|cuba|cyprus|czechia|czech republic|denmark|djibouti|dominica|" +
  'dominican republic|ecuador|egypt|el salvador|equatorial guinea|eritrea|estonia|eswatini|swaziland|ethiopia|' +
  'fiji|finland|france|gabon|gambia|germany|ghana|greece|grenada|guatemala|guinea|guinea-bissau|guyana|haiti|' +
  'honduras|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|jamaica|japan|jordan|kazakhstan|' +
  'kenya|kiribati|korea|south korea|north korea|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|' +
  'libya|liechtenstein|lithuania|luxembourg|madagascar|malawi|malaysia|maldives|mali|malta|marshall islands|' +
  'mauritania|mauritius|mexico|micronesia|moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|burma|' +
  'namibia|nauru|nepal|netherlands|holland|new zealand|nicaragua|niger|nigeria|north macedonia|macedonia|' +
  'norway|oman|pakistan|palau|palestine|panama|papua new guinea|paraguay|peru|philippines|poland|portugal|' +
  'qatar|romania|russia|rwanda|saint kitts and nevis|saint lucia|samoa|san marino|saudi arabia|senegal|' +
  'serbia|seychelles|sierra leone|singapore|slovakia|slovenia|solomon islands|somalia|south africa|' +
  'south sudan|spain|sri lanka|sudan|suriname|sweden|switzerland|syria|taiwan|tajikistan|tanzania|thailand|' +
  'timor-leste|east timor|togo|tonga|trinidad and tobago|tunisia|turkey|turkiye|turkmenistan|tuvalu|uganda|' +
  'ukraine|united arab emirates|uae|united kingdom|uk|great britain|britain|united states|usa|us|america|' +
  'united states of america|uruguay|uzbekistan|vanuatu|vatican|venezuela|vietnam|viet nam|yemen|zambia|' +
  'zimbabwe|greenland|hong kong|macau|faroe islands|gibraltar|bermuda|aruba|curacao|europe|asia|africa|' +
  'north america|south america|latin america|middle east|scandinavia|caribbean';

export const STATE_OR_COUNTRY_NAMES: ReadonlySet<string> = new Set([
  ...STATE_NAMES.split('|'),
  ...COUNTRY_NAMES.split('|'),
]);

/** True when the folded phrase names a state, province or country (or a larger region). */
export function isStateOrCountry(folded: string): boolean {
  return STATE_OR_COUNTRY_NAMES.has(folded);
}

// Too broad to narrow down who someone is, even as their home: continents, world regions, and the United
// States, the country a US privacy rule takes for granted.
const BROAD_REGIONS: ReadonlySet<string> = new Set(
  ('us|usa|america|united states|united states of america|europe|asia|africa|north america|south america|' +
    'latin america|middle east|scandinavia|caribbean').split('|'),
);

/**
 * A state or country named as someone's home, origin or destination ("moved here from Estonia", "my patient
 * from Ohio") is no Safe Harbor identifier, but next to a rare condition it is a quasi-identifier: worth a
 * warning (below 0.8, so never a block). Continents and the US are not.
 */
export const RESIDENCE_REGION_CONFIDENCE = 0.6;

// Postal codes that notes use for tests and terms far more often than for states: "returned from CT" is a
// scan, "VT" a tidal volume, "TX" a treatment, "GU" genito-urinary.
const CLINICAL_STATE_CODES: ReadonlySet<string> = new Set(['CT', 'VT', 'TX', 'GU', 'AR', 'IA', 'FL', 'MO', 'MT', 'RI', 'UT', 'AK', 'DE', 'VI', 'AS', 'MP']);

/** A state's postal code that, after a residence cue ("lives in DC"), names a home rather than a term. */
export function isResidenceStateCode(word: string): boolean {
  return US_STATE_CODES.has(word) && !AMBIGUOUS_STATE_CODES.has(word) && !CLINICAL_STATE_CODES.has(word);
}

export function isNarrowRegion(folded: string): boolean {
  return !BROAD_REGIONS.has(folded);
}
