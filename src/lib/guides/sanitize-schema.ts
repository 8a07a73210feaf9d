import { defaultSchema, type Schema } from 'hast-util-sanitize';

/** Classes our plugins put on elements; any other class (raw HTML's included) is dropped. */
const OUR_CLASSES = /^(?:learn-[a-z0-9_-]+|starlight-aside(?:--[a-z]+|__[a-z]+)?)$/;

/**
 * What content HTML may hold after rendering: GitHub's allowlist (the
 * `hast-util-sanitize` default: no scripts, no event handlers, no `style`,
 * only http(s)/mailto links), plus the elements and attributes the Learn
 * plugins produce. Raw HTML in content is untrusted and passes the same gate.
 *
 * - `<script>` and `<style>` are removed with their content (others are unwrapped).
 * - `id` is kept only for zone and version anchors (`zone-…`, `moniker-…`); heading ids are added after
 *   sanitizing, so content cannot clobber the page's own ids.
 * - Images may be `data:` URLs: the images plugin inlines pictures that way.
 * - `<learn-zone-restore>`, `<learn-tabs-restore>` and `<learn-moniker-restore>` are inert until the
 *   page's own inline script defines them; content cannot attach attributes.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobber: [],
  clobberPrefix: '',
  strip: ['script', 'style'],
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'learn-zone-restore', 'learn-tabs-restore', 'learn-moniker-restore'],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []).filter((name) => name !== 'id' && name !== 'name'), ['className', OUR_CLASSES]],
    a: [...(defaultSchema.attributes?.a ?? []), 'dataPivot', 'dataMoniker', ['ariaCurrent', 'page']],
    code: [['className', /^language-./], ['dataHighlight', /^\d+(?:,\d+)*$/]],
    div: [...(defaultSchema.attributes?.div ?? []), ['id', /^(?:zone-[a-z0-9-]+|moniker-[a-z0-9._-]+)$/i], 'dataPivot', 'dataMonikers', 'dataPivotGroup', 'dataTabs', ['role', 'note'], 'ariaLabel'],
    figure: ['dataComplex'],
    p: ['ariaHidden'],
    section: ['dataTab', 'dataTabCondition'],
    // GitHub's entry for `ul` allows only its task-list class, which would drop the pivot list's.
    ul: [...(defaultSchema.attributes?.ul ?? []).filter((rule) => !Array.isArray(rule)), ['className', 'contains-task-list', OUR_CLASSES]],
  },
  protocols: {
    ...defaultSchema.protocols,
    src: ['http', 'https', 'data'],
  },
};
