// With an import map, the page imports the npm package by name, as a bundler would.
import 'prp-widgets';
