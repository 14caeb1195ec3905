using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using Microsoft.EntityFrameworkCore.Metadata;

#nullable disable

namespace PublicPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AnnualLists",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    JurisdictionId = table.Column<int>( nullable: false),
                    Year = table.Column<int>( nullable: false),
                    Version = table.Column<int>( nullable: false),
                    PublishedAt = table.Column<DateTime>( nullable: false),
                    CompiledById = table.Column<int>( nullable: false),
                    DepartmentId = table.Column<int>( nullable: false),
                    Note = table.Column<string>( maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualLists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ApiClients",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>( maxLength: 128, nullable: false),
                    Contact = table.Column<string>( maxLength: 256, nullable: false),
                    KeyPrefix = table.Column<string>( maxLength: 16, nullable: false),
                    KeyHash = table.Column<string>( maxLength: 128, nullable: false),
                    CreatedById = table.Column<int>( nullable: true),
                    CreatedByName = table.Column<string>( maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTime>( nullable: false),
                    RevokedAt = table.Column<DateTime>( nullable: true),
                    LastUsedAt = table.Column<DateTime>( nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiClients", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Aspects",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>( maxLength: 32, nullable: false),
                    Name = table.Column<string>( maxLength: 32, nullable: false),
                    SortOrder = table.Column<int>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Aspects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>( maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>( maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>( nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    At = table.Column<DateTime>( nullable: false),
                    UserId = table.Column<int>( nullable: true),
                    UserName = table.Column<string>( maxLength: 256, nullable: false),
                    Action = table.Column<string>( maxLength: 64, nullable: false),
                    TipId = table.Column<int>( nullable: true),
                    DepartmentId = table.Column<int>( nullable: true),
                    Subject = table.Column<string>( maxLength: 64, nullable: true),
                    Detail = table.Column<string>( maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CalendarDays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>( nullable: false),
                    Kind = table.Column<string>( maxLength: 32, nullable: false),
                    Name = table.Column<string>( maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarDays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FriendlyName = table.Column<string>( maxLength: 128, nullable: true),
                    Xml = table.Column<string>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImportBatches",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DepartmentId = table.Column<int>( nullable: false),
                    Register = table.Column<string>( maxLength: 32, nullable: false),
                    FileName = table.Column<string>( maxLength: 200, nullable: false),
                    FileData = table.Column<byte[]>( nullable: false),
                    Status = table.Column<string>( maxLength: 32, nullable: false),
                    TotalRows = table.Column<int>( nullable: false),
                    ProcessedRows = table.Column<int>( nullable: false),
                    ValidRows = table.Column<int>( nullable: false),
                    InvalidRows = table.Column<int>( nullable: false),
                    ImportedRows = table.Column<int>( nullable: false),
                    ValidRowsOnly = table.Column<bool>( nullable: false),
                    Error = table.Column<string>( maxLength: 2000, nullable: true),
                    CreatedById = table.Column<int>( nullable: false),
                    CreatedAt = table.Column<DateTime>( nullable: false),
                    CompletedAt = table.Column<DateTime>( nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImportMappings",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DepartmentId = table.Column<int>( nullable: false),
                    Register = table.Column<string>( maxLength: 32, nullable: false),
                    MappingJson = table.Column<string>( maxLength: 8000, nullable: false),
                    UpdatedAt = table.Column<DateTime>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportMappings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Industries",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>( maxLength: 32, nullable: false),
                    Name = table.Column<string>( maxLength: 32, nullable: false),
                    SortOrder = table.Column<int>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Industries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Jurisdictions",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>( maxLength: 16, nullable: false),
                    Name = table.Column<string>( maxLength: 64, nullable: false),
                    Level = table.Column<string>( maxLength: 32, nullable: false),
                    ParentId = table.Column<int>( nullable: true),
                    SortOrder = table.Column<int>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Jurisdictions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Jurisdictions_Jurisdictions_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RecipientCipher = table.Column<string>( nullable: false),
                    Subject = table.Column<string>( maxLength: 256, nullable: false),
                    Body = table.Column<string>( nullable: false),
                    CreatedAt = table.Column<DateTime>( nullable: false),
                    NextAttemptAt = table.Column<DateTime>( nullable: false),
                    Attempts = table.Column<int>( nullable: false),
                    SentAt = table.Column<DateTime>( nullable: true),
                    LastError = table.Column<string>( maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublicationDrafts",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>( maxLength: 32, nullable: false),
                    TipId = table.Column<int>( nullable: false),
                    DepartmentId = table.Column<int>( nullable: false),
                    EnterpriseName = table.Column<string>( maxLength: 128, nullable: false),
                    CreditCode = table.Column<string>( maxLength: 18, nullable: true),
                    Notes = table.Column<string>( maxLength: 2000, nullable: true),
                    CreatedById = table.Column<int>( nullable: false),
                    CreatedAt = table.Column<DateTime>( nullable: false),
                    IsCompleted = table.Column<bool>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicationDrafts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublishedFiles",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FileName = table.Column<string>( maxLength: 200, nullable: false),
                    ContentType = table.Column<string>( maxLength: 64, nullable: false),
                    Length = table.Column<long>( nullable: false),
                    Data = table.Column<byte[]>( nullable: false),
                    UploadedAt = table.Column<DateTime>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedFiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RegisterChanges",
                columns: table => new
                {
                    Id = table.Column<long>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Register = table.Column<string>( maxLength: 32, nullable: false),
                    EntryId = table.Column<int>( nullable: false),
                    At = table.Column<DateTime>( nullable: false),
                    Kind = table.Column<string>( maxLength: 32, nullable: false),
                    Reason = table.Column<string>( maxLength: 1000, nullable: true),
                    Details = table.Column<string>( maxLength: 4000, nullable: true),
                    DepartmentId = table.Column<int>( nullable: true),
                    ById = table.Column<int>( nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TipNotes",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TipId = table.Column<int>( nullable: false),
                    At = table.Column<DateTime>( nullable: false),
                    AuthorId = table.Column<int>( nullable: false),
                    DepartmentId = table.Column<int>( nullable: false),
                    BodyCipher = table.Column<string>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TipNotes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AnnualListRows",
                columns: table => new
                {
                    Id = table.Column<long>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AnnualListId = table.Column<int>( nullable: false),
                    PhaseOutEntryId = table.Column<int>( nullable: false),
                    EnterpriseName = table.Column<string>( maxLength: 128, nullable: false),
                    CreditCode = table.Column<string>( maxLength: 18, nullable: false),
                    Place = table.Column<string>( maxLength: 64, nullable: false),
                    Industry = table.Column<string>( maxLength: 32, nullable: true),
                    Equipment = table.Column<string>( maxLength: 256, nullable: false),
                    Capacity = table.Column<double>( nullable: false),
                    CapacityUnit = table.Column<string>( maxLength: 32, nullable: false),
                    Measure = table.Column<string>( maxLength: 32, nullable: false),
                    CompletedOn = table.Column<DateOnly>( nullable: true),
                    AcceptedOn = table.Column<DateOnly>( nullable: true),
                    Department = table.Column<string>( maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualListRows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualListRows_AnnualLists_AnnualListId",
                        column: x => x.AnnualListId,
                        principalTable: "AnnualLists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoleId = table.Column<int>( nullable: false),
                    ClaimType = table.Column<string>( nullable: true),
                    ClaimValue = table.Column<string>( nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImportRowErrors",
                columns: table => new
                {
                    Id = table.Column<long>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ImportBatchId = table.Column<int>( nullable: false),
                    RowNumber = table.Column<int>( nullable: false),
                    Column = table.Column<string>( maxLength: 64, nullable: false),
                    Message = table.Column<string>( maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportRowErrors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportRowErrors_ImportBatches_ImportBatchId",
                        column: x => x.ImportBatchId,
                        principalTable: "ImportBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Departments",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>( maxLength: 48, nullable: false),
                    Name = table.Column<string>( maxLength: 128, nullable: false),
                    Kind = table.Column<string>( maxLength: 32, nullable: false),
                    JurisdictionId = table.Column<int>( nullable: false),
                    Email = table.Column<string>( maxLength: 256, nullable: true),
                    Phone = table.Column<string>( maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Departments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Departments_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Enterprises",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CreditCode = table.Column<string>( maxLength: 18, nullable: false),
                    Name = table.Column<string>( maxLength: 128, nullable: false),
                    Address = table.Column<string>( maxLength: 256, nullable: true),
                    JurisdictionId = table.Column<int>( nullable: false),
                    IsSample = table.Column<bool>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enterprises", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Enterprises_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IndustryRequirements",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DocumentSlug = table.Column<string>( maxLength: 64, nullable: false),
                    JurisdictionId = table.Column<int>( nullable: false),
                    TableNumber = table.Column<int>( nullable: false),
                    TableTitle = table.Column<string>( maxLength: 128, nullable: false),
                    RowNumber = table.Column<int>( nullable: false),
                    ItemNumber = table.Column<int>( nullable: false),
                    AspectId = table.Column<int>( nullable: false),
                    Text = table.Column<string>( maxLength: 4000, nullable: false),
                    Standards = table.Column<string>( maxLength: 512, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndustryRequirements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndustryRequirements_Aspects_AspectId",
                        column: x => x.AspectId,
                        principalTable: "Aspects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IndustryRequirements_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Tips",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TrackingNumber = table.Column<string>( maxLength: 24, nullable: false),
                    QueryCodeHash = table.Column<string>( maxLength: 128, nullable: false),
                    SubmissionKey = table.Column<string>( maxLength: 64, nullable: false),
                    Category = table.Column<string>( maxLength: 32, nullable: false),
                    JurisdictionId = table.Column<int>( nullable: false),
                    CityId = table.Column<int>( nullable: false),
                    EnterpriseName = table.Column<string>( maxLength: 128, nullable: false),
                    CreditCode = table.Column<string>( maxLength: 18, nullable: true),
                    Address = table.Column<string>( maxLength: 256, nullable: true),
                    ObservedOn = table.Column<DateOnly>( nullable: true),
                    DescriptionCipher = table.Column<string>( nullable: false),
                    IsAnonymous = table.Column<bool>( nullable: false),
                    IdentityCipher = table.Column<string>( nullable: true),
                    WantsEmailNotices = table.Column<bool>( nullable: false),
                    SourceKind = table.Column<string>( maxLength: 32, nullable: true),
                    SourceKey = table.Column<string>( maxLength: 32, nullable: true),
                    ApiClientId = table.Column<int>( nullable: true),
                    MediaUrl = table.Column<string>( maxLength: 2048, nullable: true),
                    Status = table.Column<string>( maxLength: 32, nullable: false),
                    SubmittedAt = table.Column<DateTime>( nullable: false),
                    UpdatedAt = table.Column<DateTime>( nullable: false),
                    CloseDueOn = table.Column<DateOnly>( nullable: true),
                    IsSupervised = table.Column<bool>( nullable: false),
                    SupervisedAt = table.Column<DateTime>( nullable: true),
                    MergedIntoId = table.Column<int>( nullable: true),
                    ReopenCount = table.Column<int>( nullable: false),
                    ProposedFinding = table.Column<string>( maxLength: 32, nullable: true),
                    ProposedReply = table.Column<string>( maxLength: 4000, nullable: true),
                    ProposedById = table.Column<int>( nullable: true),
                    ProposedAt = table.Column<DateTime>( nullable: true),
                    Finding = table.Column<string>( maxLength: 32, nullable: true),
                    PublicReply = table.Column<string>( maxLength: 4000, nullable: true),
                    ClosedAt = table.Column<DateTime>( nullable: true),
                    Rating = table.Column<string>( maxLength: 32, nullable: true),
                    RatingCommentCipher = table.Column<string>( nullable: true),
                    RatedAt = table.Column<DateTime>( nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tips", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Tips_ApiClients_ApiClientId",
                        column: x => x.ApiClientId,
                        principalTable: "ApiClients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Tips_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Announcements",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Title = table.Column<string>( maxLength: 200, nullable: false),
                    Summary = table.Column<string>( maxLength: 500, nullable: false),
                    BodyMarkdown = table.Column<string>( maxLength: 100000, nullable: false),
                    JurisdictionId = table.Column<int>( nullable: false),
                    DepartmentId = table.Column<int>( nullable: false),
                    PublishedAt = table.Column<DateTime>( nullable: false),
                    IsSample = table.Column<bool>( nullable: false),
                    UpdatedAt = table.Column<DateTime>( nullable: false),
                    State = table.Column<string>( maxLength: 32, nullable: false),
                    ScheduledFor = table.Column<DateTime>( nullable: true),
                    CreatedById = table.Column<int>( nullable: true),
                    SubmittedById = table.Column<int>( nullable: true),
                    SubmittedAt = table.Column<DateTime>( nullable: true),
                    ApprovedById = table.Column<int>( nullable: true),
                    ApprovedAt = table.Column<DateTime>( nullable: true),
                    WithdrawnAt = table.Column<DateTime>( nullable: true),
                    WithdrawalReason = table.Column<string>( maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Announcements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Announcements_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Announcements_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DisplayName = table.Column<string>( maxLength: 64, nullable: false),
                    DepartmentId = table.Column<int>( nullable: true),
                    IsDisabled = table.Column<bool>( nullable: false),
                    WantsDepartmentMail = table.Column<bool>( nullable: false),
                    CreatedAt = table.Column<DateTime>( nullable: false),
                    UserName = table.Column<string>( maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>( maxLength: 256, nullable: true),
                    Email = table.Column<string>( maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>( maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>( nullable: false),
                    PasswordHash = table.Column<string>( nullable: true),
                    SecurityStamp = table.Column<string>( nullable: true),
                    ConcurrencyStamp = table.Column<string>( nullable: true),
                    PhoneNumber = table.Column<string>( nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>( nullable: false),
                    TwoFactorEnabled = table.Column<bool>( nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>( nullable: true),
                    LockoutEnabled = table.Column<bool>( nullable: false),
                    AccessFailedCount = table.Column<int>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DepartmentMailings",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DepartmentId = table.Column<int>( nullable: false),
                    Kind = table.Column<string>( maxLength: 32, nullable: false),
                    Day = table.Column<DateOnly>( nullable: false),
                    QueuedAt = table.Column<DateTime>( nullable: false),
                    Recipients = table.Column<int>( nullable: false),
                    Items = table.Column<int>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DepartmentMailings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DepartmentMailings_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DigestDays",
                columns: table => new
                {
                    DepartmentId = table.Column<int>( nullable: false),
                    Day = table.Column<DateOnly>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DigestDays", x => new { x.DepartmentId, x.Day });
                    table.ForeignKey(
                        name: "FK_DigestDays_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExtensionRequests",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TipId = table.Column<int>( nullable: false),
                    DepartmentId = table.Column<int>( nullable: false),
                    RequestedById = table.Column<int>( nullable: false),
                    RequestedAt = table.Column<DateTime>( nullable: false),
                    Reason = table.Column<string>( maxLength: 1000, nullable: false),
                    RequestedDueOn = table.Column<DateOnly>( nullable: false),
                    State = table.Column<string>( maxLength: 32, nullable: false),
                    DecidedById = table.Column<int>( nullable: true),
                    DecidedAt = table.Column<DateTime>( nullable: true),
                    DecisionNote = table.Column<string>( maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExtensionRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExtensionRequests_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Responsibilities",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    JurisdictionId = table.Column<int>( nullable: false),
                    Subject = table.Column<string>( maxLength: 32, nullable: false),
                    DepartmentId = table.Column<int>( nullable: false),
                    Role = table.Column<string>( maxLength: 32, nullable: false),
                    SortOrder = table.Column<int>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Responsibilities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Responsibilities_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Responsibilities_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CardListings",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Card = table.Column<string>( maxLength: 32, nullable: false),
                    Reason = table.Column<string>( maxLength: 1000, nullable: false),
                    DecisionNumber = table.Column<string>( maxLength: 64, nullable: true),
                    ListedOn = table.Column<DateOnly>( nullable: false),
                    RectifyDeadline = table.Column<DateOnly>( nullable: true),
                    ExtendedDeadline = table.Column<DateOnly>( nullable: true),
                    Status = table.Column<string>( maxLength: 32, nullable: false),
                    PreviousCardId = table.Column<int>( nullable: true),
                    EnterpriseId = table.Column<int>( nullable: false),
                    JurisdictionId = table.Column<int>( nullable: false),
                    CityId = table.Column<int>( nullable: false),
                    IndustryId = table.Column<int>( nullable: true),
                    AspectId = table.Column<int>( nullable: true),
                    DepartmentId = table.Column<int>( nullable: false),
                    Year = table.Column<int>( nullable: false),
                    PublishedAt = table.Column<DateTime>( nullable: false),
                    UpdatedAt = table.Column<DateTime>( nullable: false),
                    IsSample = table.Column<bool>( nullable: false),
                    State = table.Column<string>( maxLength: 32, nullable: false),
                    ScheduledFor = table.Column<DateTime>( nullable: true),
                    CreatedById = table.Column<int>( nullable: true),
                    SubmittedById = table.Column<int>( nullable: true),
                    SubmittedAt = table.Column<DateTime>( nullable: true),
                    ApprovedById = table.Column<int>( nullable: true),
                    ApprovedAt = table.Column<DateTime>( nullable: true),
                    WithdrawnAt = table.Column<DateTime>( nullable: true),
                    WithdrawalReason = table.Column<string>( maxLength: 1000, nullable: true),
                    SourceTipId = table.Column<int>( nullable: true),
                    ImportBatchId = table.Column<int>( nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CardListings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CardListings_Aspects_AspectId",
                        column: x => x.AspectId,
                        principalTable: "Aspects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CardListings_CardListings_PreviousCardId",
                        column: x => x.PreviousCardId,
                        principalTable: "CardListings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CardListings_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CardListings_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CardListings_Industries_IndustryId",
                        column: x => x.IndustryId,
                        principalTable: "Industries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CardListings_Jurisdictions_CityId",
                        column: x => x.CityId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CardListings_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EmissionViolations",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Pollutant = table.Column<string>( maxLength: 64, nullable: false),
                    Violation = table.Column<string>( maxLength: 1000, nullable: false),
                    Standard = table.Column<string>( maxLength: 128, nullable: true),
                    IsSerious = table.Column<bool>( nullable: false),
                    FoundOn = table.Column<DateOnly>( nullable: false),
                    PenaltyDecisionNumber = table.Column<string>( maxLength: 64, nullable: true),
                    PenaltyDecidedOn = table.Column<DateOnly>( nullable: true),
                    Penalty = table.Column<string>( maxLength: 1000, nullable: true),
                    Status = table.Column<string>( maxLength: 32, nullable: false),
                    EnterpriseId = table.Column<int>( nullable: false),
                    JurisdictionId = table.Column<int>( nullable: false),
                    CityId = table.Column<int>( nullable: false),
                    IndustryId = table.Column<int>( nullable: true),
                    AspectId = table.Column<int>( nullable: true),
                    DepartmentId = table.Column<int>( nullable: false),
                    Year = table.Column<int>( nullable: false),
                    PublishedAt = table.Column<DateTime>( nullable: false),
                    UpdatedAt = table.Column<DateTime>( nullable: false),
                    IsSample = table.Column<bool>( nullable: false),
                    State = table.Column<string>( maxLength: 32, nullable: false),
                    ScheduledFor = table.Column<DateTime>( nullable: true),
                    CreatedById = table.Column<int>( nullable: true),
                    SubmittedById = table.Column<int>( nullable: true),
                    SubmittedAt = table.Column<DateTime>( nullable: true),
                    ApprovedById = table.Column<int>( nullable: true),
                    ApprovedAt = table.Column<DateTime>( nullable: true),
                    WithdrawnAt = table.Column<DateTime>( nullable: true),
                    WithdrawalReason = table.Column<string>( maxLength: 1000, nullable: true),
                    SourceTipId = table.Column<int>( nullable: true),
                    ImportBatchId = table.Column<int>( nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmissionViolations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmissionViolations_Aspects_AspectId",
                        column: x => x.AspectId,
                        principalTable: "Aspects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmissionViolations_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmissionViolations_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmissionViolations_Industries_IndustryId",
                        column: x => x.IndustryId,
                        principalTable: "Industries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmissionViolations_Jurisdictions_CityId",
                        column: x => x.CityId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmissionViolations_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PhaseOutEntries",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Equipment = table.Column<string>( maxLength: 256, nullable: false),
                    Capacity = table.Column<double>( nullable: false),
                    CapacityUnit = table.Column<string>( maxLength: 32, nullable: false),
                    Measure = table.Column<string>( maxLength: 32, nullable: false),
                    CompletedOn = table.Column<DateOnly>( nullable: true),
                    AcceptedOn = table.Column<DateOnly>( nullable: true),
                    Status = table.Column<string>( maxLength: 32, nullable: false),
                    Remarks = table.Column<string>( maxLength: 1000, nullable: true),
                    EnterpriseId = table.Column<int>( nullable: false),
                    JurisdictionId = table.Column<int>( nullable: false),
                    CityId = table.Column<int>( nullable: false),
                    IndustryId = table.Column<int>( nullable: true),
                    AspectId = table.Column<int>( nullable: true),
                    DepartmentId = table.Column<int>( nullable: false),
                    Year = table.Column<int>( nullable: false),
                    PublishedAt = table.Column<DateTime>( nullable: false),
                    UpdatedAt = table.Column<DateTime>( nullable: false),
                    IsSample = table.Column<bool>( nullable: false),
                    State = table.Column<string>( maxLength: 32, nullable: false),
                    ScheduledFor = table.Column<DateTime>( nullable: true),
                    CreatedById = table.Column<int>( nullable: true),
                    SubmittedById = table.Column<int>( nullable: true),
                    SubmittedAt = table.Column<DateTime>( nullable: true),
                    ApprovedById = table.Column<int>( nullable: true),
                    ApprovedAt = table.Column<DateTime>( nullable: true),
                    WithdrawnAt = table.Column<DateTime>( nullable: true),
                    WithdrawalReason = table.Column<string>( maxLength: 1000, nullable: true),
                    SourceTipId = table.Column<int>( nullable: true),
                    ImportBatchId = table.Column<int>( nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PhaseOutEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PhaseOutEntries_Aspects_AspectId",
                        column: x => x.AspectId,
                        principalTable: "Aspects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PhaseOutEntries_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PhaseOutEntries_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PhaseOutEntries_Industries_IndustryId",
                        column: x => x.IndustryId,
                        principalTable: "Industries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PhaseOutEntries_Jurisdictions_CityId",
                        column: x => x.CityId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PhaseOutEntries_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "QualityFailures",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProductName = table.Column<string>( maxLength: 128, nullable: false),
                    Specification = table.Column<string>( maxLength: 128, nullable: true),
                    Batch = table.Column<string>( maxLength: 64, nullable: true),
                    FailedItems = table.Column<string>( maxLength: 1000, nullable: false),
                    Standard = table.Column<string>( maxLength: 128, nullable: true),
                    InspectedOn = table.Column<DateOnly>( nullable: false),
                    InspectionAgency = table.Column<string>( maxLength: 128, nullable: true),
                    Handling = table.Column<string>( maxLength: 1000, nullable: true),
                    Status = table.Column<string>( maxLength: 32, nullable: false),
                    EnterpriseId = table.Column<int>( nullable: false),
                    JurisdictionId = table.Column<int>( nullable: false),
                    CityId = table.Column<int>( nullable: false),
                    IndustryId = table.Column<int>( nullable: true),
                    AspectId = table.Column<int>( nullable: true),
                    DepartmentId = table.Column<int>( nullable: false),
                    Year = table.Column<int>( nullable: false),
                    PublishedAt = table.Column<DateTime>( nullable: false),
                    UpdatedAt = table.Column<DateTime>( nullable: false),
                    IsSample = table.Column<bool>( nullable: false),
                    State = table.Column<string>( maxLength: 32, nullable: false),
                    ScheduledFor = table.Column<DateTime>( nullable: true),
                    CreatedById = table.Column<int>( nullable: true),
                    SubmittedById = table.Column<int>( nullable: true),
                    SubmittedAt = table.Column<DateTime>( nullable: true),
                    ApprovedById = table.Column<int>( nullable: true),
                    ApprovedAt = table.Column<DateTime>( nullable: true),
                    WithdrawnAt = table.Column<DateTime>( nullable: true),
                    WithdrawalReason = table.Column<string>( maxLength: 1000, nullable: true),
                    SourceTipId = table.Column<int>( nullable: true),
                    ImportBatchId = table.Column<int>( nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QualityFailures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QualityFailures_Aspects_AspectId",
                        column: x => x.AspectId,
                        principalTable: "Aspects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_QualityFailures_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_QualityFailures_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_QualityFailures_Industries_IndustryId",
                        column: x => x.IndustryId,
                        principalTable: "Industries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_QualityFailures_Jurisdictions_CityId",
                        column: x => x.CityId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_QualityFailures_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SealingNotices",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    NoticeNumber = table.Column<string>( maxLength: 64, nullable: false),
                    SealedEquipment = table.Column<string>( maxLength: 512, nullable: false),
                    Measures = table.Column<int>( maxLength: 32, nullable: false),
                    SealedOn = table.Column<DateOnly>( nullable: false),
                    DismantleDeadline = table.Column<DateOnly>( nullable: false),
                    DismantledOn = table.Column<DateOnly>( nullable: true),
                    Status = table.Column<string>( maxLength: 32, nullable: false),
                    PledgeText = table.Column<string>( maxLength: 4000, nullable: false),
                    PledgeSignatory = table.Column<string>( maxLength: 128, nullable: false),
                    PledgedOn = table.Column<DateOnly>( nullable: false),
                    PledgeScanId = table.Column<int>( nullable: true),
                    EnterpriseId = table.Column<int>( nullable: false),
                    JurisdictionId = table.Column<int>( nullable: false),
                    CityId = table.Column<int>( nullable: false),
                    IndustryId = table.Column<int>( nullable: true),
                    AspectId = table.Column<int>( nullable: true),
                    DepartmentId = table.Column<int>( nullable: false),
                    Year = table.Column<int>( nullable: false),
                    PublishedAt = table.Column<DateTime>( nullable: false),
                    UpdatedAt = table.Column<DateTime>( nullable: false),
                    IsSample = table.Column<bool>( nullable: false),
                    State = table.Column<string>( maxLength: 32, nullable: false),
                    ScheduledFor = table.Column<DateTime>( nullable: true),
                    CreatedById = table.Column<int>( nullable: true),
                    SubmittedById = table.Column<int>( nullable: true),
                    SubmittedAt = table.Column<DateTime>( nullable: true),
                    ApprovedById = table.Column<int>( nullable: true),
                    ApprovedAt = table.Column<DateTime>( nullable: true),
                    WithdrawnAt = table.Column<DateTime>( nullable: true),
                    WithdrawalReason = table.Column<string>( maxLength: 1000, nullable: true),
                    SourceTipId = table.Column<int>( nullable: true),
                    ImportBatchId = table.Column<int>( nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SealingNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SealingNotices_Aspects_AspectId",
                        column: x => x.AspectId,
                        principalTable: "Aspects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SealingNotices_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SealingNotices_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SealingNotices_Industries_IndustryId",
                        column: x => x.IndustryId,
                        principalTable: "Industries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SealingNotices_Jurisdictions_CityId",
                        column: x => x.CityId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SealingNotices_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SealingNotices_PublishedFiles_PledgeScanId",
                        column: x => x.PledgeScanId,
                        principalTable: "PublishedFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RequirementIndustries",
                columns: table => new
                {
                    IndustryId = table.Column<int>( nullable: false),
                    RequirementId = table.Column<int>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequirementIndustries", x => new { x.IndustryId, x.RequirementId });
                    table.ForeignKey(
                        name: "FK_RequirementIndustries_Industry",
                        column: x => x.IndustryId,
                        principalTable: "Industries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RequirementIndustries_Requirement",
                        column: x => x.RequirementId,
                        principalTable: "IndustryRequirements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TipAssignments",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TipId = table.Column<int>( nullable: false),
                    DepartmentId = table.Column<int>( nullable: false),
                    Role = table.Column<string>( maxLength: 32, nullable: false),
                    AssignedAt = table.Column<DateTime>( nullable: false),
                    SignDueOn = table.Column<DateOnly>( nullable: false),
                    CloseDueOn = table.Column<DateOnly>( nullable: false),
                    SignedAt = table.Column<DateTime>( nullable: true),
                    SignedById = table.Column<int>( nullable: true),
                    IsActive = table.Column<bool>( nullable: false),
                    State = table.Column<string>( maxLength: 32, nullable: false),
                    EndedAt = table.Column<DateTime>( nullable: true),
                    EndReason = table.Column<string>( maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TipAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TipAssignments_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TipAssignments_Tips_TipId",
                        column: x => x.TipId,
                        principalTable: "Tips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TipEvents",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TipId = table.Column<int>( nullable: false),
                    At = table.Column<DateTime>( nullable: false),
                    Kind = table.Column<string>( maxLength: 32, nullable: false),
                    PublicNote = table.Column<string>( maxLength: 1000, nullable: true),
                    DepartmentId = table.Column<int>( nullable: true),
                    ActorId = table.Column<int>( nullable: true),
                    InternalNote = table.Column<string>( maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TipEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TipEvents_Tips_TipId",
                        column: x => x.TipId,
                        principalTable: "Tips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TipMessages",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TipId = table.Column<int>( nullable: false),
                    At = table.Column<DateTime>( nullable: false),
                    FromCitizen = table.Column<bool>( nullable: false),
                    DepartmentId = table.Column<int>( nullable: true),
                    BodyCipher = table.Column<string>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TipMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TipMessages_Tips_TipId",
                        column: x => x.TipId,
                        principalTable: "Tips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<int>( nullable: false),
                    ClaimType = table.Column<string>( nullable: true),
                    ClaimValue = table.Column<string>( nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>( nullable: false),
                    ProviderKey = table.Column<string>( nullable: false),
                    ProviderDisplayName = table.Column<string>( nullable: true),
                    UserId = table.Column<int>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<int>( nullable: false),
                    RoleId = table.Column<int>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<int>( nullable: false),
                    LoginProvider = table.Column<string>( nullable: false),
                    Name = table.Column<string>( nullable: false),
                    Value = table.Column<string>( nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Reinspections",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SealingNoticeId = table.Column<int>( nullable: false),
                    InspectedOn = table.Column<DateOnly>( nullable: false),
                    Inspector = table.Column<string>( maxLength: 128, nullable: false),
                    Result = table.Column<string>( maxLength: 32, nullable: false),
                    Notes = table.Column<string>( maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reinspections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reinspections_SealingNotices_SealingNoticeId",
                        column: x => x.SealingNoticeId,
                        principalTable: "SealingNotices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TipAttachments",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TipId = table.Column<int>( nullable: false),
                    TipMessageId = table.Column<int>( nullable: true),
                    FromCitizen = table.Column<bool>( nullable: false),
                    FileNameCipher = table.Column<string>( maxLength: 1024, nullable: false),
                    ContentType = table.Column<string>( maxLength: 64, nullable: false),
                    Length = table.Column<long>( nullable: false),
                    DataCipher = table.Column<byte[]>( nullable: false),
                    UploadedAt = table.Column<DateTime>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TipAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TipAttachments_TipMessages_TipMessageId",
                        column: x => x.TipMessageId,
                        principalTable: "TipMessages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TipAttachments_Tips_TipId",
                        column: x => x.TipId,
                        principalTable: "Tips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_DepartmentId_State",
                table: "Announcements",
                columns: new[] { "DepartmentId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_JurisdictionId_PublishedAt",
                table: "Announcements",
                columns: new[] { "JurisdictionId", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_State_PublishedAt",
                table: "Announcements",
                columns: new[] { "State", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_State_ScheduledFor",
                table: "Announcements",
                columns: new[] { "State", "ScheduledFor" });

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_UpdatedAt",
                table: "Announcements",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_AnnualListRows_AnnualListId_PhaseOutEntryId",
                table: "AnnualListRows",
                columns: new[] { "AnnualListId", "PhaseOutEntryId" });

            migrationBuilder.CreateIndex(
                name: "IX_AnnualLists_JurisdictionId_Year_Version",
                table: "AnnualLists",
                columns: new[] { "JurisdictionId", "Year", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApiClients_KeyPrefix",
                table: "ApiClients",
                column: "KeyPrefix",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Aspects_Code",
                table: "Aspects",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_DepartmentId",
                table: "AspNetUsers",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Action_At",
                table: "AuditEntries",
                columns: new[] { "Action", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_TipId_At",
                table: "AuditEntries",
                columns: new[] { "TipId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UserId_At",
                table: "AuditEntries",
                columns: new[] { "UserId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_AspectId",
                table: "CardListings",
                column: "AspectId");

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_Card_Status_Year",
                table: "CardListings",
                columns: new[] { "Card", "Status", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_CityId",
                table: "CardListings",
                column: "CityId");

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_DepartmentId_State",
                table: "CardListings",
                columns: new[] { "DepartmentId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_EnterpriseId",
                table: "CardListings",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_IndustryId",
                table: "CardListings",
                column: "IndustryId");

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_JurisdictionId",
                table: "CardListings",
                column: "JurisdictionId");

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_PreviousCardId",
                table: "CardListings",
                column: "PreviousCardId");

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_State_AspectId_Year_PublishedAt",
                table: "CardListings",
                columns: new[] { "State", "AspectId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_State_CityId_Year_PublishedAt",
                table: "CardListings",
                columns: new[] { "State", "CityId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_State_IndustryId_Year_PublishedAt",
                table: "CardListings",
                columns: new[] { "State", "IndustryId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_State_JurisdictionId_Year_PublishedAt",
                table: "CardListings",
                columns: new[] { "State", "JurisdictionId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_State_ScheduledFor",
                table: "CardListings",
                columns: new[] { "State", "ScheduledFor" });

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_State_Year_PublishedAt",
                table: "CardListings",
                columns: new[] { "State", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CardListings_UpdatedAt",
                table: "CardListings",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentMailings_DepartmentId_Kind_QueuedAt",
                table: "DepartmentMailings",
                columns: new[] { "DepartmentId", "Kind", "QueuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Departments_Code",
                table: "Departments",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Departments_JurisdictionId",
                table: "Departments",
                column: "JurisdictionId");

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_AspectId",
                table: "EmissionViolations",
                column: "AspectId");

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_CityId",
                table: "EmissionViolations",
                column: "CityId");

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_DepartmentId_State",
                table: "EmissionViolations",
                columns: new[] { "DepartmentId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_EnterpriseId",
                table: "EmissionViolations",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_IndustryId",
                table: "EmissionViolations",
                column: "IndustryId");

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_JurisdictionId",
                table: "EmissionViolations",
                column: "JurisdictionId");

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_State_AspectId_Year_PublishedAt",
                table: "EmissionViolations",
                columns: new[] { "State", "AspectId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_State_CityId_Year_PublishedAt",
                table: "EmissionViolations",
                columns: new[] { "State", "CityId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_State_IndustryId_Year_PublishedAt",
                table: "EmissionViolations",
                columns: new[] { "State", "IndustryId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_State_JurisdictionId_Year_PublishedAt",
                table: "EmissionViolations",
                columns: new[] { "State", "JurisdictionId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_State_ScheduledFor",
                table: "EmissionViolations",
                columns: new[] { "State", "ScheduledFor" });

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_State_Year_PublishedAt",
                table: "EmissionViolations",
                columns: new[] { "State", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_Status_Year",
                table: "EmissionViolations",
                columns: new[] { "Status", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_EmissionViolations_UpdatedAt",
                table: "EmissionViolations",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_CreditCode",
                table: "Enterprises",
                column: "CreditCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_JurisdictionId",
                table: "Enterprises",
                column: "JurisdictionId");

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_Name",
                table: "Enterprises",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_ExtensionRequests_DepartmentId",
                table: "ExtensionRequests",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ExtensionRequests_TipId_State",
                table: "ExtensionRequests",
                columns: new[] { "TipId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportBatches_DepartmentId_CreatedAt",
                table: "ImportBatches",
                columns: new[] { "DepartmentId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportBatches_Status",
                table: "ImportBatches",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_ImportMappings_DepartmentId_Register",
                table: "ImportMappings",
                columns: new[] { "DepartmentId", "Register" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImportRowErrors_ImportBatchId_RowNumber",
                table: "ImportRowErrors",
                columns: new[] { "ImportBatchId", "RowNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_Industries_Code",
                table: "Industries",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndustryRequirements_AspectId",
                table: "IndustryRequirements",
                column: "AspectId");

            migrationBuilder.CreateIndex(
                name: "IX_IndustryRequirements_JurisdictionId",
                table: "IndustryRequirements",
                column: "JurisdictionId");

            migrationBuilder.CreateIndex(
                name: "IX_IndustryRequirements_Position",
                table: "IndustryRequirements",
                columns: new[] { "DocumentSlug", "TableNumber", "RowNumber", "ItemNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Jurisdictions_Code",
                table: "Jurisdictions",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Jurisdictions_ParentId",
                table: "Jurisdictions",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentAt_NextAttemptAt",
                table: "OutboxMessages",
                columns: new[] { "SentAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_AspectId",
                table: "PhaseOutEntries",
                column: "AspectId");

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_CityId",
                table: "PhaseOutEntries",
                column: "CityId");

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_DepartmentId_State",
                table: "PhaseOutEntries",
                columns: new[] { "DepartmentId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_EnterpriseId",
                table: "PhaseOutEntries",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_IndustryId",
                table: "PhaseOutEntries",
                column: "IndustryId");

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_JurisdictionId",
                table: "PhaseOutEntries",
                column: "JurisdictionId");

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_State_AspectId_Year_PublishedAt",
                table: "PhaseOutEntries",
                columns: new[] { "State", "AspectId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_State_CityId_Year_PublishedAt",
                table: "PhaseOutEntries",
                columns: new[] { "State", "CityId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_State_IndustryId_Year_PublishedAt",
                table: "PhaseOutEntries",
                columns: new[] { "State", "IndustryId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_State_JurisdictionId_Year_PublishedAt",
                table: "PhaseOutEntries",
                columns: new[] { "State", "JurisdictionId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_State_ScheduledFor",
                table: "PhaseOutEntries",
                columns: new[] { "State", "ScheduledFor" });

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_State_Year_PublishedAt",
                table: "PhaseOutEntries",
                columns: new[] { "State", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_Status_Year",
                table: "PhaseOutEntries",
                columns: new[] { "Status", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_PhaseOutEntries_UpdatedAt",
                table: "PhaseOutEntries",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_PublicationDrafts_DepartmentId_IsCompleted",
                table: "PublicationDrafts",
                columns: new[] { "DepartmentId", "IsCompleted" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_AspectId",
                table: "QualityFailures",
                column: "AspectId");

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_CityId",
                table: "QualityFailures",
                column: "CityId");

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_DepartmentId_State",
                table: "QualityFailures",
                columns: new[] { "DepartmentId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_EnterpriseId",
                table: "QualityFailures",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_IndustryId",
                table: "QualityFailures",
                column: "IndustryId");

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_JurisdictionId",
                table: "QualityFailures",
                column: "JurisdictionId");

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_State_AspectId_Year_PublishedAt",
                table: "QualityFailures",
                columns: new[] { "State", "AspectId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_State_CityId_Year_PublishedAt",
                table: "QualityFailures",
                columns: new[] { "State", "CityId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_State_IndustryId_Year_PublishedAt",
                table: "QualityFailures",
                columns: new[] { "State", "IndustryId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_State_JurisdictionId_Year_PublishedAt",
                table: "QualityFailures",
                columns: new[] { "State", "JurisdictionId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_State_ScheduledFor",
                table: "QualityFailures",
                columns: new[] { "State", "ScheduledFor" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_State_Year_PublishedAt",
                table: "QualityFailures",
                columns: new[] { "State", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_Status_Year",
                table: "QualityFailures",
                columns: new[] { "Status", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityFailures_UpdatedAt",
                table: "QualityFailures",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterChanges_Register_EntryId_At",
                table: "RegisterChanges",
                columns: new[] { "Register", "EntryId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterChanges_Register_Id",
                table: "RegisterChanges",
                columns: new[] { "Register", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Reinspections_SealingNoticeId",
                table: "Reinspections",
                column: "SealingNoticeId");

            migrationBuilder.CreateIndex(
                name: "IX_RequirementIndustries_RequirementId",
                table: "RequirementIndustries",
                column: "RequirementId");

            migrationBuilder.CreateIndex(
                name: "IX_Responsibilities_DepartmentId",
                table: "Responsibilities",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Responsibilities_JurisdictionId_Subject_DepartmentId",
                table: "Responsibilities",
                columns: new[] { "JurisdictionId", "Subject", "DepartmentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_AspectId",
                table: "SealingNotices",
                column: "AspectId");

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_CityId",
                table: "SealingNotices",
                column: "CityId");

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_DepartmentId_State",
                table: "SealingNotices",
                columns: new[] { "DepartmentId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_EnterpriseId",
                table: "SealingNotices",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_IndustryId",
                table: "SealingNotices",
                column: "IndustryId");

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_JurisdictionId",
                table: "SealingNotices",
                column: "JurisdictionId");

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_PledgeScanId",
                table: "SealingNotices",
                column: "PledgeScanId");

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_State_AspectId_Year_PublishedAt",
                table: "SealingNotices",
                columns: new[] { "State", "AspectId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_State_CityId_Year_PublishedAt",
                table: "SealingNotices",
                columns: new[] { "State", "CityId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_State_IndustryId_Year_PublishedAt",
                table: "SealingNotices",
                columns: new[] { "State", "IndustryId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_State_JurisdictionId_Year_PublishedAt",
                table: "SealingNotices",
                columns: new[] { "State", "JurisdictionId", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_State_ScheduledFor",
                table: "SealingNotices",
                columns: new[] { "State", "ScheduledFor" });

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_State_Year_PublishedAt",
                table: "SealingNotices",
                columns: new[] { "State", "Year", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_Status_DismantleDeadline",
                table: "SealingNotices",
                columns: new[] { "Status", "DismantleDeadline" });

            migrationBuilder.CreateIndex(
                name: "IX_SealingNotices_UpdatedAt",
                table: "SealingNotices",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_TipAssignments_DepartmentId_IsActive_CloseDueOn",
                table: "TipAssignments",
                columns: new[] { "DepartmentId", "IsActive", "CloseDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TipAssignments_TipId",
                table: "TipAssignments",
                column: "TipId");

            migrationBuilder.CreateIndex(
                name: "IX_TipAttachments_TipId",
                table: "TipAttachments",
                column: "TipId");

            migrationBuilder.CreateIndex(
                name: "IX_TipAttachments_TipMessageId",
                table: "TipAttachments",
                column: "TipMessageId");

            migrationBuilder.CreateIndex(
                name: "IX_TipEvents_Kind_At",
                table: "TipEvents",
                columns: new[] { "Kind", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_TipEvents_TipId",
                table: "TipEvents",
                column: "TipId");

            migrationBuilder.CreateIndex(
                name: "IX_TipMessages_TipId",
                table: "TipMessages",
                column: "TipId");

            migrationBuilder.CreateIndex(
                name: "IX_TipNotes_TipId_At",
                table: "TipNotes",
                columns: new[] { "TipId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Tips_ApiClientId",
                table: "Tips",
                column: "ApiClientId");

            migrationBuilder.CreateIndex(
                name: "IX_Tips_CreditCode_Category",
                table: "Tips",
                columns: new[] { "CreditCode", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_Tips_EnterpriseName_Category",
                table: "Tips",
                columns: new[] { "EnterpriseName", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_Tips_JurisdictionId",
                table: "Tips",
                column: "JurisdictionId");

            migrationBuilder.CreateIndex(
                name: "IX_Tips_Status_SubmittedAt",
                table: "Tips",
                columns: new[] { "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Tips_SubmissionKey",
                table: "Tips",
                column: "SubmissionKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tips_TrackingNumber",
                table: "Tips",
                column: "TrackingNumber",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Announcements");

            migrationBuilder.DropTable(
                name: "AnnualListRows");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "CalendarDays");

            migrationBuilder.DropTable(
                name: "CardListings");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DepartmentMailings");

            migrationBuilder.DropTable(
                name: "DigestDays");

            migrationBuilder.DropTable(
                name: "EmissionViolations");

            migrationBuilder.DropTable(
                name: "ExtensionRequests");

            migrationBuilder.DropTable(
                name: "ImportMappings");

            migrationBuilder.DropTable(
                name: "ImportRowErrors");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "PhaseOutEntries");

            migrationBuilder.DropTable(
                name: "PublicationDrafts");

            migrationBuilder.DropTable(
                name: "QualityFailures");

            migrationBuilder.DropTable(
                name: "RegisterChanges");

            migrationBuilder.DropTable(
                name: "Reinspections");

            migrationBuilder.DropTable(
                name: "RequirementIndustries");

            migrationBuilder.DropTable(
                name: "Responsibilities");

            migrationBuilder.DropTable(
                name: "TipAssignments");

            migrationBuilder.DropTable(
                name: "TipAttachments");

            migrationBuilder.DropTable(
                name: "TipEvents");

            migrationBuilder.DropTable(
                name: "TipNotes");

            migrationBuilder.DropTable(
                name: "AnnualLists");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "ImportBatches");

            migrationBuilder.DropTable(
                name: "SealingNotices");

            migrationBuilder.DropTable(
                name: "IndustryRequirements");

            migrationBuilder.DropTable(
                name: "TipMessages");

            migrationBuilder.DropTable(
                name: "Departments");

            migrationBuilder.DropTable(
                name: "Enterprises");

            migrationBuilder.DropTable(
                name: "Industries");

            migrationBuilder.DropTable(
                name: "PublishedFiles");

            migrationBuilder.DropTable(
                name: "Aspects");

            migrationBuilder.DropTable(
                name: "Tips");

            migrationBuilder.DropTable(
                name: "ApiClients");

            migrationBuilder.DropTable(
                name: "Jurisdictions");
        }
    }
}
