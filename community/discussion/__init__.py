"""Comments on challenges and solutions, with one level of replies and an edit history."""
