// The model budget, with no dependencies, so the demo build can check its sources without loading the optimiser.

/**
 * docs/product.md: a cell's model at most 1.5 MB, under 100k triangles, under 40 draw calls, and texture memory on the
 * GPU within a stated budget: 16 MiB, mipmaps included — a cell shares a Quest's or an iPhone's browser with the page,
 * the audio and the XR compositor. That is two 2048 px KTX2 textures (5.6 MB each, counted at a byte a texel), or
 * one 1024 px PNG and a little.
 */
export const MODEL_BUDGET = {
  bytes: 1.5 * 1024 * 1024,
  triangles: 100_000,
  drawCalls: 40,
  textureBytes: 16 * 1024 * 1024,
}

/**
 * What a model's `{ bytes, triangles, drawCalls, textureBytes }` exceeds of the budget, one phrase each.
 * @param {{ bytes: number; triangles: number; drawCalls: number; textureBytes?: number }} stats
 * @returns {string[]}
 */
export function budgetProblems(stats) {
  const problems = []
  const textureBytes = stats.textureBytes ?? 0
  if (stats.bytes > MODEL_BUDGET.bytes)
    problems.push(`is ${(stats.bytes / 1048576).toFixed(2)} MB, over the 1.5 MB budget`)
  if (stats.triangles >= MODEL_BUDGET.triangles)
    problems.push(`has ${stats.triangles} triangles, over the budget of fewer than 100,000`)
  if (stats.drawCalls >= MODEL_BUDGET.drawCalls)
    problems.push(`needs ${stats.drawCalls} draw calls, over the budget of fewer than 40`)
  if (textureBytes > MODEL_BUDGET.textureBytes)
    problems.push(`needs ${(textureBytes / 1048576).toFixed(1)} MB of texture memory, over the 16 MB budget`)
  return problems
}
