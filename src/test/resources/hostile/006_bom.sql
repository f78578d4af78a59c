CREATE TABLE bom_ok (id int);
