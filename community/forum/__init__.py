"""The Q&A forum: categories per sector, topics, replies, votes and accepted answers."""
