import { expect, test } from 'vitest';
import { entryIdOf, guideRoute } from '../../src/lib/guides/routes.ts';

test.each([
  ['azure-ai-docs/articles/ai-foundry/how-to/deploy-models-serverless.md', '/guides/azure/ai-foundry/how-to/deploy-models-serverless/'],
  ['azure-ai-docs/articles/ai-studio/how-to/deploy-models-serverless-availability.md', '/guides/azure/ai-studio/how-to/deploy-models-serverless-availability/'],
  ['azure-ai-docs/articles/ai-studio/how-to/deploy-models-serverless-availability@2024-05-21.md', '/guides/azure/ai-studio/how-to/deploy-models-serverless-availability/2024-05-21/'],
  ['azure-ai-docs/articles/machine-learning/how-to-deploy-models-serverless.md', '/guides/azure/machine-learning/how-to-deploy-models-serverless/'],
  ['cloud.google.com/vertex-ai/generative-ai/docs/learn/locations.md', '/guides/google-cloud/vertex-ai/generative-ai/docs/learn/locations/'],
  ['NOTICE.md', '/about/sources/'],
  ['elsewhere/page.md', undefined],
])('guideRoute(%s)', (contentPath, route) => {
  expect(guideRoute(contentPath)).toBe(route);
});

test('entry ids are routes without their slashes', () => {
  expect(entryIdOf('/guides/azure/ai-foundry/how-to/deploy-models-serverless/')).toBe('guides/azure/ai-foundry/how-to/deploy-models-serverless');
});
