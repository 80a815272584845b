"""Reply drafts: letters composed from an assessment, rendered as Markdown, HTML, DOCX, PDF."""
