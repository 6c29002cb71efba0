import { installSafeFormily } from './shared';

/**
 * formily's own expression compiler is new Function and its pattern rule a backtracking RegExp:
 * replaced by the forms package's evaluator and linear-time patterns before any form is built, so
 * a form stored before the schema checks existed cannot run code or freeze an agent's browser.
 */
installSafeFormily();
