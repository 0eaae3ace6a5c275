/* Example written for the Breakeven migration readiness tool: a small ticketing schema in T-SQL.
   /* Nested comments are legal in T-SQL: CREATE TABLE not_a_table (x int) */
*/
:setvar Prefix "tk"
:on error exit
SET NOCOUNT ON
GO
SET QUOTED_IDENTIFIER ON;
GO
USE [Tickets]
GO

CREATE TABLE [dbo].[Agents] (
	[AgentID] [int] IDENTITY(100, 5) NOT NULL,
	[Login] [sysname] NOT NULL,
	[DisplayName] [nvarchar](80) NOT NULL,
	[Bio] [nvarchar](max) NULL,
	[Initials] [nchar](3) NULL,
	[IsActive] [bit] NOT NULL CONSTRAINT [DF_Agents_IsActive] DEFAULT ((1)),
	[HourlyRate] [money] NULL,
	[Bonus] [smallmoney] NULL,
	[Level] [tinyint] NOT NULL DEFAULT 1,
	[ExternalKey] [uniqueidentifier] NOT NULL DEFAULT NEWID(),
	[Avatar] [image] NULL,
	[Resume] [varbinary](max) NULL,
	[LegacyNotes] [text] NULL,
	[LegacyNotesN] [ntext] NULL,
	[Settings] [xml] NULL,
	[RowVer] [rowversion] NOT NULL,
	[HiredAt] [datetime] NOT NULL DEFAULT GETDATE(),
	[LastSeen] [datetime2](7) NULL,
	[ShiftStart] [smalldatetime] NULL,
	[TimeZoneSeen] [datetimeoffset](3) NULL,
	CONSTRAINT [PK_Agents] PRIMARY KEY CLUSTERED ([AgentID] ASC) WITH (PAD_INDEX = OFF, FILLFACTOR = 90) ON [PRIMARY]
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY]
GO

CREATE TABLE dbo.Tickets (
	TicketID int IDENTITY NOT NULL PRIMARY KEY NONCLUSTERED,
	AgentID int NULL,
	Title nvarchar(200) NOT NULL,
	Priority tinyint NOT NULL,
	IsOpen bit NOT NULL,
	OpenedAt datetime NOT NULL,
	Tag varchar(20) NULL,
)
GO

ALTER TABLE dbo.Tickets ADD CONSTRAINT DF_Tickets_OpenedAt DEFAULT (getdate()) FOR OpenedAt
GO
ALTER TABLE dbo.Tickets ADD CONSTRAINT DF_Tickets_IsOpen DEFAULT (1) FOR IsOpen
GO
ALTER TABLE dbo.Tickets WITH NOCHECK ADD CONSTRAINT FK_Tickets_Agents FOREIGN KEY (AgentID) REFERENCES dbo.Agents (AgentID) NOT FOR REPLICATION
GO
ALTER TABLE dbo.Tickets NOCHECK CONSTRAINT ALL
GO

CREATE NONCLUSTERED INDEX [IX_Title] ON [dbo].[Tickets] ([Title] ASC) INCLUDE ([Priority]) WITH (ONLINE = ON) ON [PRIMARY]
GO
CREATE INDEX IX_Title ON dbo.Agents (DisplayName)
GO
CREATE INDEX Tickets ON dbo.Tickets (Tag)
GO
CREATE UNIQUE INDEX UX_Agents_Login ON dbo.Agents (Login)
GO
CREATE INDEX IX_Tickets_Agent ON Tickets (AgentID)
GO

CREATE TABLE $(Prefix)_audit (id int NOT NULL, note varchar(50) NULL)
GO

CREATE TABLE dbo.Locations (
	LocationID int NOT NULL PRIMARY KEY,
	Area geography NULL
)
GO
CREATE INDEX IX_Locations_Area ON dbo.Locations (LocationID, Area)
GO

CREATE VIEW dbo.OpenTickets AS
SELECT t.TicketID,
       t.Title + ' (' + a.DisplayName + ')' AS Label,
       ISNULL(t.Tag, N'none') AS Tag,
       LEN(t.Title) AS TitleLength,
       CHARINDEX('x', t.Title) AS XAt,
       CONVERT(varchar(10), t.Priority) AS PriorityText,
       GETDATE() AS AsOf
FROM dbo.Tickets t
JOIN dbo.Agents a ON a.AgentID = t.AgentID
WHERE t.IsOpen = 1 AND a.IsActive <> 0
GO

CREATE VIEW dbo.TicketsByPriority AS
SELECT AgentID, [1] AS P1, [2] AS P2
FROM (SELECT AgentID, Priority, TicketID FROM dbo.Tickets) AS src
PIVOT (COUNT(TicketID) FOR Priority IN ([1], [2])) AS pvt
GO

CREATE VIEW dbo.BusyAgents AS
SELECT AgentID FROM dbo.TicketsByPriority WHERE P1 > 10
GO

CREATE PROCEDURE dbo.CloseTicket @TicketID int, @Reason nvarchar(100) = N'done'
AS
BEGIN
	SET NOCOUNT ON;
	BEGIN TRY
		UPDATE dbo.Tickets SET IsOpen = 0 WHERE TicketID = @TicketID;
		IF @@ROWCOUNT = 0 RAISERROR('No such ticket', 16, 1);
	END TRY
	BEGIN CATCH
		SELECT ERROR_MESSAGE() AS Problem;
	END CATCH
END
GO

CREATE TRIGGER dbo.trg_Tickets_Audit ON dbo.Tickets AFTER INSERT AS
BEGIN
	INSERT INTO tk_audit (id, note) SELECT TicketID, 'created' FROM inserted;
END
GO

INSERT INTO dbo.Agents (Login, DisplayName) VALUES (N'ada', N'Ada; the first')
GO
EXEC sp_addextendedproperty @name = N'MS_Description', @value = N'Agents', @level0type = N'SCHEMA', @level0name = N'dbo'
GO
GRANT SELECT ON dbo.OpenTickets TO [ReportingRole]
GO

-- Idioms of vendor scripts and SSDT projects: schemas, sequences, alias and table types, computed, sparse,
-- filestream and temporal columns, typed xml, a memory-optimized table, LIKE classes, descriptions
CREATE SCHEMA [Support] AUTHORIZATION [dbo]
GO
CREATE TYPE dbo.Flag FROM bit NOT NULL
GO
CREATE SEQUENCE Support.CaseNumber AS int START WITH 1000 INCREMENT BY 1
GO
CREATE TYPE Support.CaseList AS TABLE (CaseID int NOT NULL PRIMARY KEY)
GO
CREATE XML SCHEMA COLLECTION Support.FormSchema AS N'<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"/>'
GO
CREATE TABLE Support.Cases (
	CaseID int NOT NULL CONSTRAINT DF_Cases_CaseID DEFAULT (NEXT VALUE FOR Support.CaseNumber) PRIMARY KEY,
	Code char(7) NOT NULL CONSTRAINT CK_Cases_Code CHECK (Code LIKE '[A-Z][A-Z]-[0-9][0-9][0-9][0-9]'),
	Folder nvarchar(260) NULL CHECK (Folder NOT LIKE '\\%'),
	Urgent dbo.Flag CONSTRAINT DF_Cases_Urgent DEFAULT (0),
	Hours decimal(6,2) NOT NULL,
	Rate money NOT NULL,
	Cost AS ISNULL(Hours * Rate, 0) PERSISTED,
	Notes nvarchar(max) SPARSE NULL,
	Form xml(Support.FormSchema) NULL,
	Scan varbinary(max) FILESTREAM NULL,
	RowGuid uniqueidentifier ROWGUIDCOL NOT NULL UNIQUE DEFAULT NEWID(),
	ValidFrom datetime2 GENERATED ALWAYS AS ROW START NOT NULL,
	ValidTo datetime2 GENERATED ALWAYS AS ROW END NOT NULL,
	PERIOD FOR SYSTEM_TIME (ValidFrom, ValidTo)
) WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = Support.CasesHistory))
GO
CREATE TABLE Support.Sessions (
	SessionID bigint IDENTITY(1,1) NOT NULL,
	AgentID int NOT NULL,
	CONSTRAINT PK_Sessions PRIMARY KEY NONCLUSTERED HASH (SessionID) WITH (BUCKET_COUNT = 1024)
) WITH (MEMORY_OPTIMIZED = ON, DURABILITY = SCHEMA_ONLY)
GO
CREATE TABLE Archive.OldTickets (TicketID int NOT NULL, ClosedOn date NULL)
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Support cases, one per customer request', @level0type = N'SCHEMA', @level0name = N'Support', @level1type = N'TABLE', @level1name = N'Cases'
GO
