// A baby's age: "4 month old baby", "her 3-month-old", "baby is 10 weeks old". The phrases hold
// the unit and what follows it; the number before them is read by baby-age.ts, which keeps only
// an age in the first year after birth ("her 4 year old son", "18 month old" are not).
const UNITS = ['day', 'days', 'week', 'weeks', 'wk', 'wks', 'month', 'months', 'mth', 'mths'];
const CHILDREN = ['baby', 'son', 'daughter', 'boy', 'girl', 'twins', 'infant'];

// The phrase names the child: "month old baby".
export const BABY_NAMED: readonly string[] = UNITS.flatMap((unit) => CHILDREN.map((child) => `${unit} old ${child}`));
// The phrase stops at "old": "her 3-month-old", "baby is 10 weeks old".
export const BABY_ALONE: readonly string[] = UNITS.map((unit) => `${unit} old`);
// "month old son" swallows "son", so it carries that word's family trigger: in "her 4 month old
// son has asthma" the asthma is still the son's.
export const BABY_RELATIVES: readonly string[] = UNITS.flatMap((unit) => ['son', 'daughter'].map((child) => `${unit} old ${child}`));
