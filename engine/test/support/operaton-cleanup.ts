import { deleteLeftoverInstances } from './leftover-instances';

/**
 * Runs after each test file (jest's setupFilesAfterEnv): the process instances the file left running
 * on the run's one process engine go before the next file starts (see leftover-instances.ts).
 */
const began = new Date();

afterAll(() => deleteLeftoverInstances(began), 120_000);
