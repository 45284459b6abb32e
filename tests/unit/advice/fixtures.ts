export { activity, ctx } from '../safety/fixtures.ts';
import { CONDITION_GROUPS, CONDITION_GROUP_IDS, type ConditionGroup, type ConditionId } from '../../../utils/context/condition-ids.ts';

// One representative condition id per group, for "every group" tests.
export const ONE_PER_GROUP: Array<[ConditionGroup, ConditionId]> = CONDITION_GROUP_IDS.map((group) => {
  const id = (Object.keys(CONDITION_GROUPS) as ConditionId[]).find((c) => CONDITION_GROUPS[c] === group)!;
  return [group, id];
});
