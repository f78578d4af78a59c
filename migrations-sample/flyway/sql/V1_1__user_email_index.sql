-- Log-in looks users up by e-mail regardless of case; make that unique and fast.
CREATE UNIQUE INDEX users_email_lower_idx ON users (lower(email));
