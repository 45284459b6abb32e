// Shared by the safety rules and the advice content.
// The published sources the content is built on (CONTENT-BRIEF.md). Named once so a clinical safety
// officer can check each one against the scripts and rules that cite it.
export const MOVING_MEDICINE = { name: 'Moving Medicine, Faculty of Sport and Exercise Medicine (conversation structure)', year: 2018 };
export const VERY_BRIEF = { name: 'NICE PH49 Behaviour change: individual approaches (very brief intervention; Making Every Contact Count)', year: 2014 };
export const CMO = { name: "UK Chief Medical Officers' Physical Activity Guidelines", year: 2019 };
export const REID = { name: 'Reid et al., British Journal of Sports Medicine: benefits outweigh the risks (FSEM, Sport England, OHID, RCGP consensus)', year: 2022 };
export const NG222 = { name: 'NICE NG222 Depression in adults: treatment and management', year: 2022 };
export const NG206 = { name: 'NICE NG206 Myalgic encephalomyelitis (or encephalopathy)/chronic fatigue syndrome', year: 2021 };
export const JED = { name: 'Journal of Eating Disorders: compulsive exercise in eating disorders', year: 2018 };
export const MILTON = { name: 'Milton et al., British Journal of Sports Medicine: single-item physical activity measure', year: 2011 };
export const ACTIVE_LIVES = { name: 'Sport England Active Lives Adult Survey (activity levels)', year: 2015 };
export const GPPAQ = { name: 'Department of Health General Practice Physical Activity Questionnaire (GPPAQ)', year: 2009 };
export const PHQ9 = { name: 'Kroenke, Spitzer and Williams: the PHQ-9 (Journal of General Internal Medicine)', year: 2001 };
export const TT_SURVEYS = { name: 'NHS Talking Therapies physical activity pilot surveys', year: 2021 };
