"""Contains all the data models used in inputs/outputs"""

from .acquisition import Acquisition
from .acquisition_press_kit_terms_type_0 import AcquisitionPressKitTermsType0
from .acquisition_source import AcquisitionSource
from .agency import Agency
from .amount import Amount
from .amount_candidate import AmountCandidate
from .amount_cmi_type_0 import AmountCmiType0
from .amount_statutory_type_0 import AmountStatutoryType0
from .applicable_law import ApplicableLaw
from .ask_whom import AskWhom
from .assess_letter_files_body import AssessLetterFilesBody
from .assess_letter_json_body import AssessLetterJsonBody
from .assess_letter_json_body_claim import AssessLetterJsonBodyClaim
from .assessment import Assessment
from .assessment_page import AssessmentPage
from .assessment_result import AssessmentResult
from .assessment_summary import AssessmentSummary
from .audit_action import AuditAction
from .audit_actor import AuditActor
from .audit_event import AuditEvent
from .audit_event_page import AuditEventPage
from .body_upload_evidence import BodyUploadEvidence
from .breakdown_item import BreakdownItem
from .breakdown_kind import BreakdownKind
from .calendar_feed import CalendarFeed
from .calendar_feed_created import CalendarFeedCreated
from .calendar_feed_in import CalendarFeedIn
from .calendar_feed_list import CalendarFeedList
from .claim import Claim
from .claim_merge_patch import ClaimMergePatch
from .conflict_out import ConflictOut
from .counter_offer import CounterOffer
from .country_code import CountryCode
from .creative_commons import CreativeCommons
from .currency_code import CurrencyCode
from .dates import Dates
from .delivery_status import DeliveryStatus
from .draft_format import DraftFormat
from .draft_kind import DraftKind
from .draft_language import DraftLanguage
from .draft_list import DraftList
from .draft_out import DraftOut
from .draft_out_document import DraftOutDocument
from .draft_out_links import DraftOutLinks
from .draft_request import DraftRequest
from .draft_summary import DraftSummary
from .draft_summary_links import DraftSummaryLinks
from .event_type import EventType
from .evidence import Evidence
from .evidence_facts_type_0 import EvidenceFactsType0
from .evidence_kind import EvidenceKind
from .evidence_list import EvidenceList
from .evidence_of_use import EvidenceOfUse
from .evidence_status import EvidenceStatus
from .exception_claimed import ExceptionClaimed
from .fair_range import FairRange
from .fee_step import FeeStep
from .field_source import FieldSource
from .finding import Finding
from .finding_facts_used import FindingFactsUsed
from .finding_outcome import FindingOutcome
from .grid import Grid
from .health import Health
from .jurisdiction_out import JurisdictionOut
from .language import Language
from .language_code import LanguageCode
from .legal_basis import LegalBasis
from .legal_hold import LegalHold
from .legal_hold_in import LegalHoldIn
from .legal_hold_list import LegalHoldList
from .letter import Letter
from .letter_calculation_basis_type_0 import LetterCalculationBasisType0
from .letter_collector_status_type_0 import LetterCollectorStatusType0
from .letter_language import LetterLanguage
from .letter_parse import LetterParse
from .letter_parse_claim import LetterParseClaim
from .letter_parse_extras import LetterParseExtras
from .letter_settings import LetterSettings
from .letterhead import Letterhead
from .licence import Licence
from .mandate import Mandate
from .market_evidence import MarketEvidence
from .market_evidence_kind import MarketEvidenceKind
from .match import Match
from .matter_erasure import MatterErasure
from .money import Money
from .money_value import MoneyValue
from .other_use_price import OtherUsePrice
from .outcome_in import OutcomeIn
from .outcome_kind import OutcomeKind
from .outcome_out import OutcomeOut
from .parameter_out import ParameterOut
from .parameter_out_metadata import ParameterOutMetadata
from .parameter_out_values_item import ParameterOutValuesItem
from .parameter_read import ParameterRead
from .parameter_source import ParameterSource
from .parse_letter_files_body import ParseLetterFilesBody
from .parse_letter_json_body import ParseLetterJsonBody
from .parse_letter_json_body_claim import ParseLetterJsonBodyClaim
from .parse_warning import ParseWarning
from .placement import Placement
from .price_source import PriceSource
from .problem import Problem
from .problem_error import ProblemError
from .problem_type import ProblemType
from .problem_type_list import ProblemTypeList
from .proposal import Proposal
from .proposal_conflict_type_0 import ProposalConflictType0
from .proposal_source import ProposalSource
from .proposal_state import ProposalState
from .provenance import Provenance
from .provenance_field import ProvenanceField
from .purpose import Purpose
from .put_template_json_template_in import PutTemplateJsonTemplateIn
from .question import Question
from .question_kind import QuestionKind
from .question_outcome import QuestionOutcome
from .question_outcome_if import QuestionOutcomeIf
from .question_to_ask import QuestionToAsk
from .range_factors import RangeFactors
from .recommendation import Recommendation
from .region import Region
from .respondent import Respondent
from .respondent_kind import RespondentKind
from .respondent_size import RespondentSize
from .retention import Retention
from .retention_in import RetentionIn
from .revision_list import RevisionList
from .revision_origin import RevisionOrigin
from .revision_summary import RevisionSummary
from .role import Role
from .rule_detail import RuleDetail
from .rule_out import RuleOut
from .rule_status import RuleStatus
from .rule_variant_out import RuleVariantOut
from .rulebook_out import RulebookOut
from .rulebook_stamp import RulebookStamp
from .signature import Signature
from .site_kind import SiteKind
from .stats import Stats
from .stats_group import StatsGroup
from .stats_group_by import StatsGroupBy
from .stored_evidence_kind import StoredEvidenceKind
from .strategy import Strategy
from .technique import Technique
from .template_list import TemplateList
from .template_out import TemplateOut
from .template_source import TemplateSource
from .tier_check import TierCheck
from .title import Title
from .title_authorship_evidence_type_0 import TitleAuthorshipEvidenceType0
from .trace import Trace
from .trace_conflict import TraceConflict
from .trace_derivation import TraceDerivation
from .trace_derivation_facts_read import TraceDerivationFactsRead
from .trace_derivation_outputs import TraceDerivationOutputs
from .trace_law import TraceLaw
from .trace_law_facts_read import TraceLawFactsRead
from .trace_rule import TraceRule
from .trace_rule_facts_read import TraceRuleFactsRead
from .us_registration import UsRegistration
from .use import Use
from .use_medium_type_0 import UseMediumType0
from .verdict import Verdict
from .visible_at_retrieval import VisibleAtRetrieval
from .warning_code import WarningCode
from .webhook_attempt import WebhookAttempt
from .webhook_delivery import WebhookDelivery
from .webhook_delivery_list import WebhookDeliveryList
from .webhook_endpoint import WebhookEndpoint
from .webhook_endpoint_created import WebhookEndpointCreated
from .webhook_endpoint_in import WebhookEndpointIn
from .webhook_endpoint_list import WebhookEndpointList
from .without_basis import WithoutBasis
from .work import Work
from .work_kind import WorkKind

__all__ = (
    "Acquisition",
    "AcquisitionPressKitTermsType0",
    "AcquisitionSource",
    "Agency",
    "Amount",
    "AmountCandidate",
    "AmountCmiType0",
    "AmountStatutoryType0",
    "ApplicableLaw",
    "AskWhom",
    "AssessLetterFilesBody",
    "AssessLetterJsonBody",
    "AssessLetterJsonBodyClaim",
    "Assessment",
    "AssessmentPage",
    "AssessmentResult",
    "AssessmentSummary",
    "AuditAction",
    "AuditActor",
    "AuditEvent",
    "AuditEventPage",
    "BodyUploadEvidence",
    "BreakdownItem",
    "BreakdownKind",
    "CalendarFeed",
    "CalendarFeedCreated",
    "CalendarFeedIn",
    "CalendarFeedList",
    "Claim",
    "ClaimMergePatch",
    "ConflictOut",
    "CounterOffer",
    "CountryCode",
    "CreativeCommons",
    "CurrencyCode",
    "Dates",
    "DeliveryStatus",
    "DraftFormat",
    "DraftKind",
    "DraftLanguage",
    "DraftList",
    "DraftOut",
    "DraftOutDocument",
    "DraftOutLinks",
    "DraftRequest",
    "DraftSummary",
    "DraftSummaryLinks",
    "EventType",
    "Evidence",
    "EvidenceFactsType0",
    "EvidenceKind",
    "EvidenceList",
    "EvidenceOfUse",
    "EvidenceStatus",
    "ExceptionClaimed",
    "FairRange",
    "FeeStep",
    "FieldSource",
    "Finding",
    "FindingFactsUsed",
    "FindingOutcome",
    "Grid",
    "Health",
    "JurisdictionOut",
    "Language",
    "LanguageCode",
    "LegalBasis",
    "LegalHold",
    "LegalHoldIn",
    "LegalHoldList",
    "Letter",
    "LetterCalculationBasisType0",
    "LetterCollectorStatusType0",
    "Letterhead",
    "LetterLanguage",
    "LetterParse",
    "LetterParseClaim",
    "LetterParseExtras",
    "LetterSettings",
    "Licence",
    "Mandate",
    "MarketEvidence",
    "MarketEvidenceKind",
    "Match",
    "MatterErasure",
    "Money",
    "MoneyValue",
    "OtherUsePrice",
    "OutcomeIn",
    "OutcomeKind",
    "OutcomeOut",
    "ParameterOut",
    "ParameterOutMetadata",
    "ParameterOutValuesItem",
    "ParameterRead",
    "ParameterSource",
    "ParseLetterFilesBody",
    "ParseLetterJsonBody",
    "ParseLetterJsonBodyClaim",
    "ParseWarning",
    "Placement",
    "PriceSource",
    "Problem",
    "ProblemError",
    "ProblemType",
    "ProblemTypeList",
    "Proposal",
    "ProposalConflictType0",
    "ProposalSource",
    "ProposalState",
    "Provenance",
    "ProvenanceField",
    "Purpose",
    "PutTemplateJsonTemplateIn",
    "Question",
    "QuestionKind",
    "QuestionOutcome",
    "QuestionOutcomeIf",
    "QuestionToAsk",
    "RangeFactors",
    "Recommendation",
    "Region",
    "Respondent",
    "RespondentKind",
    "RespondentSize",
    "Retention",
    "RetentionIn",
    "RevisionList",
    "RevisionOrigin",
    "RevisionSummary",
    "Role",
    "RulebookOut",
    "RulebookStamp",
    "RuleDetail",
    "RuleOut",
    "RuleStatus",
    "RuleVariantOut",
    "Signature",
    "SiteKind",
    "Stats",
    "StatsGroup",
    "StatsGroupBy",
    "StoredEvidenceKind",
    "Strategy",
    "Technique",
    "TemplateList",
    "TemplateOut",
    "TemplateSource",
    "TierCheck",
    "Title",
    "TitleAuthorshipEvidenceType0",
    "Trace",
    "TraceConflict",
    "TraceDerivation",
    "TraceDerivationFactsRead",
    "TraceDerivationOutputs",
    "TraceLaw",
    "TraceLawFactsRead",
    "TraceRule",
    "TraceRuleFactsRead",
    "Use",
    "UseMediumType0",
    "UsRegistration",
    "Verdict",
    "VisibleAtRetrieval",
    "WarningCode",
    "WebhookAttempt",
    "WebhookDelivery",
    "WebhookDeliveryList",
    "WebhookEndpoint",
    "WebhookEndpointCreated",
    "WebhookEndpointIn",
    "WebhookEndpointList",
    "WithoutBasis",
    "Work",
    "WorkKind",
)
