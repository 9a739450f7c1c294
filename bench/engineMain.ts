// Entry point for the engine benchmark's own process: prints the rows as JSON.
import { engineBench } from "./engine";

process.stdout.write(JSON.stringify(engineBench()));
