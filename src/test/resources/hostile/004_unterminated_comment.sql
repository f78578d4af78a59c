/* a comment that never ends
CREATE TABLE y (id int);
