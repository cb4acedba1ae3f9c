// Worker entry used only when the CLI runs from source (`tsx src/cli/main.ts`): Node 20
// worker threads do not inherit tsx's loader, so register it here, then load the task.
// The built CLI (dist/cli.js) is plain JS and its workers load it directly.
import { register } from 'tsx/esm/api';

register();
const { maqalTask, maqalTasks } = await import('./main.ts');
export { maqalTask, maqalTasks };
