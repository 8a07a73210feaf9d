import { placeText, type FactCollector } from './fact-collector.ts';
import { lookOf, possibleDuplicate } from './find-possible-duplicate.ts';

/**
 * Warns about every pair of a document's models that look like one model
 * written two ways (see `possibleDuplicate`). Both are kept: merging on a
 * guess could join two real models. Said at the later of the two.
 */
export function reportPossibleDuplicateModels(facts: FactCollector): void {
  const looks = [...facts.models.values()].filter((model) => model.scope === 'model').map(lookOf);
  for (let later = 1; later < looks.length; later++) {
    for (let earlier = 0; earlier < later; earlier++) {
      const reason = possibleDuplicate(looks[earlier]!, looks[later]!);
      if (!reason) continue;
      const first = looks[earlier]!.model;
      const second = looks[later]!.model;
      const firstPlace = facts.modelPlaces.get(first.key)!;
      const secondPlace = facts.modelPlaces.get(second.key)!;
      const here = facts.where(secondPlace.line);
      facts.diagnose(
        'warning',
        'possible-duplicate-model',
        `Models \`${second.name}\` (${placeText(here, here)}) and \`${first.name}\` (${placeText(facts.where(firstPlace.line), here)}) may be one model: ${reason}; both kept`,
        secondPlace.line,
        secondPlace.column,
      );
    }
  }
}
