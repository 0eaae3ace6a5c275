-- Example written for the Breakeven migration readiness tool: a small library schema in MySQL dialect.
# Hash comments are MySQL too; this one mentions CREATE TABLE hidden (x int);
/*!40101 SET NAMES utf8mb4 */;
SET FOREIGN_KEY_CHECKS = 0;
CREATE DATABASE IF NOT EXISTS library;
USE library;

CREATE TABLE `loans` (
  `loan_id` INT(11) UNSIGNED NOT NULL AUTO_INCREMENT,
  `book_id` MEDIUMINT UNSIGNED NOT NULL,
  `member_id` SMALLINT UNSIGNED NOT NULL,
  `loaned_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`loan_id`),
  KEY `idx_book` (`book_id`),
  CONSTRAINT `fk_loans_book` FOREIGN KEY (`book_id`) REFERENCES `books` (`book_id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=1000 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Who has which book';

CREATE TABLE books (
  book_id MEDIUMINT UNSIGNED NOT NULL AUTO_INCREMENT,
  isbn CHAR(13) CHARACTER SET ascii NOT NULL,
  title VARCHAR(255) NOT NULL COMMENT 'Title as printed',
  subtitle VARCHAR(255) BINARY DEFAULT NULL,
  summary MEDIUMTEXT,
  full_text LONGTEXT,
  tiny_note TINYTEXT,
  cover LONGBLOB,
  thumbnail BLOB,
  checksum VARBINARY(32),
  pages SMALLINT(6) DEFAULT NULL,
  weight_kg DOUBLE,
  rating FLOAT(4,2),
  big_count BIGINT UNSIGNED DEFAULT 0,
  in_print TINYINT(1) NOT NULL DEFAULT 1,
  shelf TINYINT NOT NULL DEFAULT 0,
  published YEAR,
  format ENUM('hardcover', 'paperback', 'e-book') NOT NULL DEFAULT 'paperback',
  tags SET('fiction', 'science', 'kids') DEFAULT NULL,
  extra JSON,
  price DECIMAL(8,2) UNSIGNED NOT NULL,
  PRIMARY KEY (book_id),
  UNIQUE KEY uk_isbn (isbn),
  FULLTEXT KEY ft_title (title, summary)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE members (
  member_id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  home_branch INT NOT NULL,
  KEY idx_branch (home_branch),
  CONSTRAINT fk_members_branch FOREIGN KEY (home_branch) REFERENCES branches (branch_id)
) ENGINE=InnoDB;

CREATE TABLE branches (
  branch_id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  head_member SMALLINT UNSIGNED,
  KEY idx_branch (name),
  CONSTRAINT fk_branches_head FOREIGN KEY (head_member) REFERENCES members (member_id)
) ENGINE=InnoDB;

CREATE TABLE shelves (
  shelf_id INT NOT NULL PRIMARY KEY,
  spot GEOMETRY NOT NULL,
  SPATIAL KEY idx_spot (spot)
) ENGINE=InnoDB;

CREATE INDEX idx_shelves_spot ON shelves (shelf_id);

CREATE INDEX idx_title_prefix ON books (title(20));

CREATE INDEX idx_loans_member ON loans (member_id);

CREATE VIEW book_list AS
SELECT b.book_id,
       CONCAT(b.title, _utf8mb4' — ', IFNULL(b.subtitle, "no subtitle")) AS label,
       IF(b.in_print, 'in print', 'out of print') AS availability,
       UCASE(b.isbn) AS isbn,
       DATE_SUB(CURRENT_DATE(), INTERVAL 30 DAY) AS since,
       'it\'s here' AS note
FROM books b
WHERE b.in_print = 1;

CREATE VIEW loans_per_member AS
SELECT m.member_id, GROUP_CONCAT(DISTINCT b.title ORDER BY b.title SEPARATOR '; ') AS titles
FROM members m
JOIN loans l ON l.member_id = m.member_id
JOIN books b ON b.book_id = l.book_id
GROUP BY m.member_id;

-- MySQL without ONLY_FULL_GROUP_BY lets a view select a column it does not group by; PostgreSQL refuses it.
CREATE VIEW member_last_loan AS
SELECT l.member_id, m.name, MAX(l.loaned_at) AS last_loan
FROM loans l
JOIN members m ON m.member_id = l.member_id
GROUP BY l.member_id;

CREATE VIEW idle_members AS
SELECT member_id, name FROM member_last_loan WHERE last_loan < DATE_SUB(CURRENT_DATE(), INTERVAL 90 DAY);

CREATE VIEW top_shelves AS
SELECT shelf_id FROM shelves;

DELIMITER $$

CREATE TRIGGER books_bu BEFORE UPDATE ON books FOR EACH ROW
BEGIN
  IF NEW.price < 0 THEN
    SET NEW.price = 0;
  ELSEIF NEW.price > 1000 THEN
    SET NEW.price = 1000;
  END IF;
END$$

CREATE FUNCTION loan_count(p_member_id INT) RETURNS INT
    READS SQL DATA
    DETERMINISTIC
BEGIN
  DECLARE v_count INT DEFAULT 0;
  SELECT COUNT(*) INTO v_count FROM loans WHERE member_id = p_member_id;
  RETURN v_count;
END$$

CREATE PROCEDURE prune_loans(IN p_days INT, OUT p_removed INT)
MODIFIES SQL DATA
SQL SECURITY INVOKER
main: BEGIN
  IF p_days < 1 THEN
    LEAVE main;
  END IF;
  DELETE FROM loans WHERE loaned_at < DATE_SUB(NOW(), INTERVAL p_days DAY);
  SET p_removed = 1;
END$$

CREATE PROCEDURE member_report(IN p_member_id INT)
BEGIN
  SELECT * FROM members WHERE member_id = p_member_id;
END$$

CREATE FUNCTION days_out(p_loan_id INT) RETURNS INT
BEGIN
  DECLARE v_days INT;
  SELECT TO_DAYS(NOW()) - TO_DAYS(loaned_at) INTO v_days FROM loans WHERE loan_id = p_loan_id;
  RETURN v_days;
END$$

DELIMITER ;

INSERT INTO books (isbn, title, price) VALUES ('9780000000000', 'A book; with a semicolon', 9.99);
source more_data.sql
SET FOREIGN_KEY_CHECKS = 1;
