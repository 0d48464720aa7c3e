// What an app adds once to type the elements in its React 19 TSX.
import type {} from 'prp-widgets/jsx-react';
