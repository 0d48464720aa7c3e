import { {{Class}} } from './{{name}}.js';

{{Class}}.define('{{tag}}');

export { {{Class}} };
