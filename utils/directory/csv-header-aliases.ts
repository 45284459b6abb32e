import { CSV_COLUMNS, type CsvColumnName } from './csv-template.ts';

// Fields a spreadsheet column can feed. Besides the template columns, other directories' layouts
// carry easting/northing, a single "time" range, a messy "cost", an "age" range and yes/no columns.
export const EXTRA_FIELDS = [
  'easting',
  'northing',
  'time',
  'cost',
  'age',
  'free',
  'level',
  'wheelchair_accessible',
  'women_only',
  'men_only',
  'ignore',
] as const;
export type CsvField = CsvColumnName | (typeof EXTRA_FIELDS)[number];
export const CSV_FIELDS: readonly CsvField[] = [...CSV_COLUMNS.map((c) => c.name), ...EXTRA_FIELDS];

// Header spellings seen in council, leisure-trust and Active Partnership spreadsheets. Compared
// after normaliseHeader, so case, spaces, underscores and punctuation do not matter.
const ALIASES: Record<CsvField, string[]> = {
  id: ['id', 'ref', 'reference', 'uid', 'identifier', 'activityid', 'sessionid', 'recordid'],
  name: ['name', 'title', 'activityname', 'activitytitle', 'sessionname', 'sessiontitle', 'eventname', 'classname', 'groupname'],
  description: ['description', 'details', 'about', 'summary', 'info', 'information', 'activitydescription'],
  activities: ['activities', 'activity', 'category', 'categories', 'type', 'activitytype', 'facilitytype', 'sport', 'sports', 'sporttype'],
  organiser_name: ['organisername', 'organizername', 'organiser', 'organizer', 'provider', 'providername', 'organisation', 'organization', 'club', 'host', 'runby', 'deliveredby'],
  organiser_url: ['organiserurl', 'organizerurl', 'organiserwebsite', 'organizerwebsite', 'providerwebsite', 'providerurl', 'clubwebsite'],
  organiser_phone: ['organiserphone', 'organizerphone', 'telephone', 'phone', 'tel', 'phonenumber', 'telephonenumber', 'contactnumber', 'contactphone', 'contacttelephone', 'mobile'],
  organiser_email: ['organiseremail', 'organizeremail', 'email', 'emailaddress', 'contactemail', 'email1'],
  mode: ['mode', 'format', 'delivery', 'deliverymode', 'setting', 'attendancemode'],
  venue_name: ['venuename', 'venue', 'location', 'locationname', 'place', 'site', 'sitename', 'facility', 'facilityname'],
  venue_address: ['venueaddress', 'address', 'streetaddress', 'fulladdress', 'locationaddress', 'address1'],
  venue_postcode: ['venuepostcode', 'postcode', 'postalcode', 'zip', 'zipcode', 'locationpostcode', 'sitepostcode'],
  lat: ['lat', 'latitude', 'venuelat', 'venuelatitude', 'geolat'],
  lng: ['lng', 'lon', 'long', 'longitude', 'venuelng', 'venuelon', 'venuelongitude', 'geolng', 'geolon'],
  days: ['days', 'day', 'dayofweek', 'daysofweek', 'weekday', 'weekdays', 'sessionday', 'sessiondays'],
  start: ['start', 'starttime', 'from', 'timefrom', 'begins', 'sessionstart'],
  end: ['end', 'endtime', 'finish', 'finishtime', 'to', 'timeto', 'until', 'ends', 'sessionend'],
  timing: ['timing', 'timings', 'timingnotes', 'schedulenotes', 'frequency', 'when', 'schedule', 'dates'],
  cost_type: ['costtype', 'pricetype', 'chargetype'],
  cost_amount: ['costamount', 'priceamount', 'amount', 'pricegbp', 'costgbp'],
  cost_text: ['costtext', 'costnotes', 'pricenotes', 'pricedetails', 'costdetails', 'concessions', 'concession'],
  intensity: ['intensity', 'intensitylevel', 'effort', 'exertion'],
  suitable_for: ['suitablefor', 'suitability', 'audience', 'targetgroup', 'targetgroups', 'whoisitfor', 'whofor', 'tags'],
  conditions: ['conditions', 'condition', 'healthconditions', 'designedfor', 'conditionssupported'],
  age_min: ['agemin', 'minage', 'minimumage', 'agefrom', 'lowerage'],
  age_max: ['agemax', 'maxage', 'maximumage', 'ageto', 'upperage'],
  referral: ['referral', 'referraltype', 'referralroute', 'access', 'howtojoin', 'howtoaccess', 'booking'],
  url: ['url', 'website', 'web', 'link', 'webpage', 'webaddress', 'websiteurl', 'weblink', 'moreinfo', 'bookingurl', 'bookinglink', 'activityurl'],
  updated: ['updated', 'lastupdated', 'dateupdated', 'modified', 'lastmodified', 'datemodified', 'lastchecked', 'reviewed', 'lastreviewed'],
  easting: ['easting', 'eastings', 'xcoordinate', 'osgbeasting', 'gridx'],
  northing: ['northing', 'northings', 'ycoordinate', 'osgbnorthing', 'gridy'],
  time: ['time', 'times', 'sessiontime', 'sessiontimes', 'starttimeendtime', 'timeslot'],
  cost: ['cost', 'price', 'fee', 'fees', 'charge', 'charges', 'prices', 'costs', 'pricing'],
  age: ['age', 'ages', 'agerange', 'agegroup'],
  free: ['free', 'isfree', 'freeofcharge', 'freesession'],
  level: ['level', 'abilitylevel', 'ability', 'experiencelevel', 'fitnesslevel'],
  wheelchair_accessible: ['wheelchairaccessible', 'wheelchair', 'accessible', 'wheelchairaccess', 'stepfree', 'stepfreeaccess', 'disabledaccess'],
  women_only: ['womenonly', 'ladiesonly', 'femaleonly', 'womensonly'],
  men_only: ['menonly', 'maleonly', 'mensonly'],
  ignore: [],
};

export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const LOOKUP = new Map<string, CsvField>();
for (const field of CSV_FIELDS) {
  LOOKUP.set(normaliseHeader(field), field);
  for (const alias of ALIASES[field]) if (!LOOKUP.has(alias)) LOOKUP.set(alias, field);
}

export function fieldForHeader(header: string): CsvField | undefined {
  return LOOKUP.get(normaliseHeader(header));
}

export function isCsvField(value: string): value is CsvField {
  return (CSV_FIELDS as readonly string[]).includes(value);
}
