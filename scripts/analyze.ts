import { runAnalyze } from './lib/analyze';

process.exitCode = await runAnalyze(process.argv.slice(2));
