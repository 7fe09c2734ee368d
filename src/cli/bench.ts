/**
 * `npm run bench [extract|poll|pipeline|delivery] [--feeds=N]`: extraction speed (articles per
 * second on one core, 3 KB articles), fetch + parse scale, the real poll cycle's scale (feeds per
 * cycle, peak RSS), and Telegram delivery against the allowed send rate (about two and a half
 * minutes). Numbers are printed, never asserted: speed is measured here, not in timed tests.
 */
export async function run(argv: string[]): Promise<number> {
  const only = argv.find((a) => !a.startsWith('--'));
  const feeds = Number(argv.find((a) => a.startsWith('--feeds='))?.slice('--feeds='.length) ?? 10_000);
  if (!only || only === 'extract') {
    const { runExtractBench, formatExtractBench } = await import('../../bench/extract-bench.js');
    process.stdout.write(`${formatExtractBench(await runExtractBench({}))}\n`);
  }
  if (!only || only === 'poll') {
    const { runPollBench, formatPollBench } = await import('../../bench/poll-bench.js');
    process.stdout.write(`${formatPollBench(await runPollBench({ feeds }))}\n\n`);
  }
  if (!only || only === 'pipeline') {
    const { runPipelineBench, formatPipelineBench } = await import('../../bench/pipeline-bench.js');
    process.stdout.write(`${formatPipelineBench(await runPipelineBench({ feeds }))}\n`);
  }
  if (!only || only === 'delivery') {
    const { runDeliveryBench, formatDeliveryBench } = await import('../../bench/delivery-bench.js');
    process.stdout.write(`${formatDeliveryBench(await runDeliveryBench())}\n`);
  }
  return 0;
}
