### `<{{tag}}>`

| part | what it is |
|---|---|
| `intro` | The introduction's paragraphs. |
| `intro-toggle` | The "Show more" / "Show less" button (when `preview` hides paragraphs). |

