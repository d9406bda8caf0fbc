import { Fragment } from 'preact';

/**
 * A sentence with a person's name in it (`{name}` marks where): the name is isolated in <bdi>,
 * so "Ask דנה about it?" keeps its words and punctuation in order in either direction.
 */
export function Sentence({ text, name }: { text: string; name: string }) {
  const parts = text.split('{name}');
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && <bdi>{name}</bdi>}
          {part}
        </Fragment>
      ))}
    </>
  );
}
