import path from 'node:path';
import { describeFixtures } from '../../tests/support/remark-fixtures.ts';
import { learnDialect } from '../lib/guides/render-guide.ts';

// Learn blocks inside one another (alerts, tabs, includes in list items; includes in table cells), through the whole dialect.
describeFixtures(path.join(import.meta.dirname, 'fixtures/nested'), (doc, root) => learnDialect(doc, { root, pivotGroups: [] }));
