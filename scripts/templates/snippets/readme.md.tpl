### `<{{tag}}>` attributes

PLACEHOLDER (npm run new-element): what the element shows, for whom, and how a reader uses it.

```html
<{{tag}} preview="1"></{{tag}}>
```

| attribute | values | default |
|---|---|---|
| `preview` | how many intro paragraphs show before a "Show more" button (1–4) | all |
| `lang`, `theme`, `heading-level`, `reviewed-by`, `reviewed-on`, `publisher` | as above | |

`prp-intro-toggle` (`{ open }`) fires when the reader shows or hides the rest of the introduction.

