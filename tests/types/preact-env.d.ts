// What an app adds once to type the elements in its Preact TSX.
import type {} from 'prp-widgets/jsx-preact';
