// Phrases around an age. "age"/"aged" take the number after them, "year old" and the glued
// suffixes ("54y", "54yo") the number before, "DOB" a date after. Phrases where an age is about
// the past ("at the age of 12", "since age 16") are swallowed so they are never read.
export const AGE_TERMS = {
  age: ['age', 'aged', 'age is', 'age now', 'current age'],
  old: ['year old', 'years old', 'yr old', 'yrs old', 'years of age', 'yrs of age', 'y/o', 'y.o.', 'y.o', 'yo', 'yoa', 'year old man',
    'year old woman', 'year old male', 'year old female', 'year old person'],
  suffix: ['y', 'yo', 'y/o', 'y.o', 'y.o.'],
  dob: ['dob', 'd.o.b', 'd.o.b.', 'date of birth', 'born', 'born on', 'birth date', 'birthdate'],
  past: [
    'at the age of', 'since the age of', 'from the age of', 'by the age of', 'until the age of', 'before the age of',
    'after the age of', 'under the age of', 'over the age of', 'at age', 'since age', 'from age', 'by age', 'until age',
    'under age', 'over age', 'aged between', 'ages', 'age group', 'age range', 'age related', 'age appropriate', 'age limit',
    'age gap', 'aged over', 'aged under', 'aged from', 'when aged', 'when she was', 'when he was', 'when they were', 'old age',
    // When something began: "ASD diagnosed age 7", "onset aged 15", "dx age 30".
    ...['diagnosed', 'dx', 'dx\'d', 'onset', 'started', 'began', 'first seen', 'first episode', 'first presented'].flatMap((when) =>
      ['age', 'aged', 'at age', 'at aged'].map((age) => `${when} ${age}`)),
  ],
} as const;
