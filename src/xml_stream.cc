// streaming XML (issue 3)
