// zip reading (issue 3)
