"""From files to the database: read sources, clean text, split sentences, find dated
mentions, gather them into events. Nothing here renders a page."""
