// Imported first by the entry point, before the bot's modules fill the heap.
//
// A bot at rest holds little that is short-lived, but V8 sizes each isolate's young generation for throughput:
// its semi-spaces grow to 16 MB, and the main thread and the core thread each keep theirs. Capping them at 1 MB
// (`node --max-semi-space-size=1`, as `npm start` and the image run it) cut the idle RSS of the process by about
// 40 MB (`npm run bench -- memory`); a click allocates a few hundred kilobytes, so the extra scavenges cost well
// under a millisecond each. The main thread's heap exists before any module runs, so only the command line sizes
// it; this sets the same cap for the core thread's isolate when the bot was started without the flag.
import { setFlagsFromString } from 'node:v8';

if (
  !process.execArgv.some((arg) => arg.startsWith('--max-semi-space-size')) &&
  !process.env.NODE_OPTIONS?.includes('--max-semi-space-size')
)
  setFlagsFromString('--max-semi-space-size=1');
