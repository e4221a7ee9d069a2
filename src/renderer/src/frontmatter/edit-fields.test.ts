import { describe, expect, it } from 'vitest';
import { parseArticle, serializeArticle } from '../../../core/article';
import { setFormField } from './edit-fields';

const reference = `---
title: "Old Title"
description: "Old description."
og_title: "Old Title"
og_description: ""
twitter_title: "A different social title"
breadcrumbs: "Home/Blog/Old Title"
---
Body
`;

describe('setFormField', () => {
  it('carries fields written equal to the title along, and leaves overrides and empty ones alone', () => {
    const text = serializeArticle(setFormField(parseArticle(reference), 'title', 'New Title'));
    expect(text).toContain('title: "New Title"\ndescription');
    expect(text).toContain('og_title: "New Title"');
    expect(text).toContain('twitter_title: "A different social title"');
    expect(text).toContain('breadcrumbs: "Home/Blog/New Title"');
    expect(text).toContain('og_description: ""');
  });

  it('changes nothing else in the file', () => {
    const text = serializeArticle(setFormField(parseArticle(reference), 'description', 'New description.'));
    expect(text).toBe(reference.replace('description: "Old description."', 'description: "New description."'));
  });
});
