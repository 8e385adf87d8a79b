import type { Image, ImageLayer, ImageManifest, ImageSignature, ImageTag, ImageTagList, NamedTagEventList, SignatureCondition, SignatureIssuer, SignatureSubject, TagEvent, TagEventCondition, TagImportPolicy, TagReference, TagReferencePolicy, ObjectReference, DeleteOptions, FieldsV1, ListMeta, ManagedFieldsEntry, ObjectMeta, OwnerReference, Patch, Preconditions, ShardInfo, Status, StatusCause, StatusDetails, Time, RawExtension } from "./types.js";
/** The kinds of field error the Kubernetes API server reports (k8s.io/apimachinery/pkg/util/validation/field). */
export type FieldErrorType = "FieldValueRequired" | "FieldValueInvalid" | "FieldValueNotSupported" | "FieldValueTypeInvalid" | "FieldValueTooLong" | "FieldValueTooMany" | "FieldValueDuplicate" | "FieldValueNotFound" | "FieldValueForbidden";
/** One problem with one field, worded as the API server words it in a 422 Invalid response. */
export interface FieldError {
	/** The Kubernetes field path, e.g. `spec.from.name`, `status.items[2].created`, `metadata.annotations[foo]`. */
	readonly path: string;
	readonly type: FieldErrorType;
	/** The full message, path included, e.g. `spec.referencePolicy.type: Unsupported value: "Foo": supported values: "Local", "Source"`. */
	readonly message: string;
	readonly value?: unknown;
}
/** How to validate. */
export interface ValidateOptions {
	/**
	* `request` (the default) checks what the server accepts on create; `response` accepts everything a real server
	* sends (Go's nulls, fields left out of list items). A model with an input form (readOnly or writeOnly members)
	* checks its response form by default, and `<Name>Input` its request form.
	*/
	readonly mode?: "request" | "response";
	/** `ignore` (the default) tolerates fields this client does not know; `reject` reports them, as strict field validation does. */
	readonly unknownFields?: "ignore" | "reject";
}
/** The result of `validateX`: the value, typed, or every error found. */
export type ValidationResult<T> = {
	readonly valid: true;
	readonly value: T;
} | {
	readonly valid: false;
	readonly errors: readonly FieldError[];
};
/** Thrown by `assertX`; carries every field error. */
export declare class ValidationError extends Error {
	readonly errors: readonly FieldError[];
	constructor(errors: readonly FieldError[]);
}
/** True when `value` is a valid {@link Image }; allocates nothing when it is. */
export declare function isImage(value: unknown, options?: ValidateOptions): value is Image;
/** Checks `value` against {@link Image } and returns it typed, or every field error. */
export declare function validateImage(value: unknown, options?: ValidateOptions): ValidationResult<Image>;
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link Image }. */
export declare function assertImage(value: unknown, options?: ValidateOptions): asserts value is Image;
/** True when `value` is a valid {@link ImageLayer }; allocates nothing when it is. */
export declare function isImageLayer(value: unknown, options?: ValidateOptions): value is ImageLayer;
/** Checks `value` against {@link ImageLayer } and returns it typed, or every field error. */
export declare function validateImageLayer(value: unknown, options?: ValidateOptions): ValidationResult<ImageLayer>;
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link ImageLayer }. */
export declare function assertImageLayer(value: unknown, options?: ValidateOptions): asserts value is ImageLayer;
/** True when `value` is a valid {@link ImageManifest }; allocates nothing when it is. */
export declare function isImageManifest(value: unknown, options?: ValidateOptions): value is ImageManifest;
/** Checks `value` against {@link ImageManifest } and returns it typed, or every field error. */
export declare function validateImageManifest(value: unknown, options?: ValidateOptions): ValidationResult<ImageManifest>;
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link ImageManifest }. */
export declare function assertImageManifest(value: unknown, options?: ValidateOptions): asserts value is ImageManifest;
/** True when `value` is a valid {@link ImageSignature }; allocates nothing when it is. */
export declare function isImageSignature(value: unknown, options?: ValidateOptions): value is ImageSignature;
/** Checks `value` against {@link ImageSignature } and returns it typed, or every field error. */
export declare function validateImageSignature(value: unknown, options?: ValidateOptions): ValidationResult<ImageSignature>;
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link ImageSignature }. */
export declare function assertImageSignature(value: unknown, options?: ValidateOptions): asserts value is ImageSignature;
/** True when `value` is a valid {@link ImageTag }; allocates nothing when it is. */
export declare function isImageTag(value: unknown, options?: ValidateOptions): value is ImageTag;
/** Checks `value` against {@link ImageTag } and returns it typed, or every field error. */
export declare function validateImageTag(value: unknown, options?: ValidateOptions): ValidationResult<ImageTag>;
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link ImageTag }. */
export declare function assertImageTag(value: unknown, options?: ValidateOptions): asserts value is ImageTag;
/** True when `value` is a valid {@link ImageTagList }; allocates nothing when it is. */
export declare function isImageTagList(value: unknown, options?: ValidateOptions): value is ImageTagList;
/** Checks `value` against {@link ImageTagList } and returns it typed, or every field error. */
export declare function validateImageTagList(value: unknown, options?: ValidateOptions): ValidationResult<ImageTagList>;
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link ImageTagList }. */
export declare function assertImageTagList(value: unknown, options?: ValidateOptions): asserts value is ImageTagList;
/** True when `value` is a valid {@link NamedTagEventList }; allocates nothing when it is. */
export declare function isNamedTagEventList(value: unknown, options?: ValidateOptions): value is NamedTagEventList;
/** Checks `value` against {@link NamedTagEventList } and returns it typed, or every field error. */
export declare function validateNamedTagEventList(value: unknown, options?: ValidateOptions): ValidationResult<NamedTagEventList>;
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link NamedTagEventList }. */
export declare function assertNamedTagEventList(value: unknown, options?: ValidateOptions): asserts value is NamedTagEventList;
/** True when `value` is a valid {@link SignatureCondition }; allocates nothing when it is. */
export declare function isSignatureCondition(value: unknown, options?: ValidateOptions): value is SignatureCondition;
/** Checks `value` against {@link SignatureCondition } and returns it typed, or every field error. */
export declare function validateSignatureCondition(value: unknown, options?: ValidateOptions): ValidationResult<SignatureCondition>;
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link SignatureCondition }. */
export declare function assertSignatureCondition(value: unknown, options?: ValidateOptions): asserts value is SignatureCondition;
/** True when `value` is a valid {@link SignatureIssuer }; allocates nothing when it is. */
export declare function isSignatureIssuer(value: unknown, options?: ValidateOptions): value is SignatureIssuer;
/** Checks `value` against {@link SignatureIssuer } and returns it typed, or every field error. */
export declare function validateSignatureIssuer(value: unknown, options?: ValidateOptions): ValidationResult<SignatureIssuer>;
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link SignatureIssuer }. */
export declare function assertSignatureIssuer(value: unknown, options?: ValidateOptions): asserts value is SignatureIssuer;
/** True when `value` is a valid {@link SignatureSubject }; allocates nothing when it is. */
export declare function isSignatureSubject(value: unknown, options?: ValidateOptions): value is SignatureSubject;
/** Checks `value` against {@link SignatureSubject } and returns it typed, or every field error. */
export declare function validateSignatureSubject(value: unknown, options?: ValidateOptions): ValidationResult<SignatureSubject>;
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link SignatureSubject }. */
export declare function assertSignatureSubject(value: unknown, options?: ValidateOptions): asserts value is SignatureSubject;
/** True when `value` is a valid {@link TagEvent }; allocates nothing when it is. */
export declare function isTagEvent(value: unknown, options?: ValidateOptions): value is TagEvent;
/** Checks `value` against {@link TagEvent } and returns it typed, or every field error. */
export declare function validateTagEvent(value: unknown, options?: ValidateOptions): ValidationResult<TagEvent>;
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link TagEvent }. */
export declare function assertTagEvent(value: unknown, options?: ValidateOptions): asserts value is TagEvent;
/** True when `value` is a valid {@link TagEventCondition }; allocates nothing when it is. */
export declare function isTagEventCondition(value: unknown, options?: ValidateOptions): value is TagEventCondition;
/** Checks `value` against {@link TagEventCondition } and returns it typed, or every field error. */
export declare function validateTagEventCondition(value: unknown, options?: ValidateOptions): ValidationResult<TagEventCondition>;
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link TagEventCondition }. */
export declare function assertTagEventCondition(value: unknown, options?: ValidateOptions): asserts value is TagEventCondition;
/** True when `value` is a valid {@link TagImportPolicy }; allocates nothing when it is. */
export declare function isTagImportPolicy(value: unknown, options?: ValidateOptions): value is TagImportPolicy;
/** Checks `value` against {@link TagImportPolicy } and returns it typed, or every field error. */
export declare function validateTagImportPolicy(value: unknown, options?: ValidateOptions): ValidationResult<TagImportPolicy>;
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link TagImportPolicy }. */
export declare function assertTagImportPolicy(value: unknown, options?: ValidateOptions): asserts value is TagImportPolicy;
/** True when `value` is a valid {@link TagReference }; allocates nothing when it is. */
export declare function isTagReference(value: unknown, options?: ValidateOptions): value is TagReference;
/** Checks `value` against {@link TagReference } and returns it typed, or every field error. */
export declare function validateTagReference(value: unknown, options?: ValidateOptions): ValidationResult<TagReference>;
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link TagReference }. */
export declare function assertTagReference(value: unknown, options?: ValidateOptions): asserts value is TagReference;
/** True when `value` is a valid {@link TagReferencePolicy }; allocates nothing when it is. */
export declare function isTagReferencePolicy(value: unknown, options?: ValidateOptions): value is TagReferencePolicy;
/** Checks `value` against {@link TagReferencePolicy } and returns it typed, or every field error. */
export declare function validateTagReferencePolicy(value: unknown, options?: ValidateOptions): ValidationResult<TagReferencePolicy>;
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link TagReferencePolicy }. */
export declare function assertTagReferencePolicy(value: unknown, options?: ValidateOptions): asserts value is TagReferencePolicy;
/** True when `value` is a valid {@link ObjectReference }; allocates nothing when it is. */
export declare function isObjectReference(value: unknown, options?: ValidateOptions): value is ObjectReference;
/** Checks `value` against {@link ObjectReference } and returns it typed, or every field error. */
export declare function validateObjectReference(value: unknown, options?: ValidateOptions): ValidationResult<ObjectReference>;
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link ObjectReference }. */
export declare function assertObjectReference(value: unknown, options?: ValidateOptions): asserts value is ObjectReference;
/** True when `value` is a valid {@link DeleteOptions }; allocates nothing when it is. */
export declare function isDeleteOptions(value: unknown, options?: ValidateOptions): value is DeleteOptions;
/** Checks `value` against {@link DeleteOptions } and returns it typed, or every field error. */
export declare function validateDeleteOptions(value: unknown, options?: ValidateOptions): ValidationResult<DeleteOptions>;
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link DeleteOptions }. */
export declare function assertDeleteOptions(value: unknown, options?: ValidateOptions): asserts value is DeleteOptions;
/** True when `value` is a valid {@link FieldsV1 }; allocates nothing when it is. */
export declare function isFieldsV1(value: unknown, options?: ValidateOptions): value is FieldsV1;
/** Checks `value` against {@link FieldsV1 } and returns it typed, or every field error. */
export declare function validateFieldsV1(value: unknown, options?: ValidateOptions): ValidationResult<FieldsV1>;
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link FieldsV1 }. */
export declare function assertFieldsV1(value: unknown, options?: ValidateOptions): asserts value is FieldsV1;
/** True when `value` is a valid {@link ListMeta }; allocates nothing when it is. */
export declare function isListMeta(value: unknown, options?: ValidateOptions): value is ListMeta;
/** Checks `value` against {@link ListMeta } and returns it typed, or every field error. */
export declare function validateListMeta(value: unknown, options?: ValidateOptions): ValidationResult<ListMeta>;
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link ListMeta }. */
export declare function assertListMeta(value: unknown, options?: ValidateOptions): asserts value is ListMeta;
/** True when `value` is a valid {@link ManagedFieldsEntry }; allocates nothing when it is. */
export declare function isManagedFieldsEntry(value: unknown, options?: ValidateOptions): value is ManagedFieldsEntry;
/** Checks `value` against {@link ManagedFieldsEntry } and returns it typed, or every field error. */
export declare function validateManagedFieldsEntry(value: unknown, options?: ValidateOptions): ValidationResult<ManagedFieldsEntry>;
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link ManagedFieldsEntry }. */
export declare function assertManagedFieldsEntry(value: unknown, options?: ValidateOptions): asserts value is ManagedFieldsEntry;
/** True when `value` is a valid {@link ObjectMeta }; allocates nothing when it is. */
export declare function isObjectMeta(value: unknown, options?: ValidateOptions): value is ObjectMeta;
/** Checks `value` against {@link ObjectMeta } and returns it typed, or every field error. */
export declare function validateObjectMeta(value: unknown, options?: ValidateOptions): ValidationResult<ObjectMeta>;
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link ObjectMeta }. */
export declare function assertObjectMeta(value: unknown, options?: ValidateOptions): asserts value is ObjectMeta;
/** True when `value` is a valid {@link OwnerReference }; allocates nothing when it is. */
export declare function isOwnerReference(value: unknown, options?: ValidateOptions): value is OwnerReference;
/** Checks `value` against {@link OwnerReference } and returns it typed, or every field error. */
export declare function validateOwnerReference(value: unknown, options?: ValidateOptions): ValidationResult<OwnerReference>;
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link OwnerReference }. */
export declare function assertOwnerReference(value: unknown, options?: ValidateOptions): asserts value is OwnerReference;
/** True when `value` is a valid {@link Patch }; allocates nothing when it is. */
export declare function isPatch(value: unknown, options?: ValidateOptions): value is Patch;
/** Checks `value` against {@link Patch } and returns it typed, or every field error. */
export declare function validatePatch(value: unknown, options?: ValidateOptions): ValidationResult<Patch>;
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link Patch }. */
export declare function assertPatch(value: unknown, options?: ValidateOptions): asserts value is Patch;
/** True when `value` is a valid {@link Preconditions }; allocates nothing when it is. */
export declare function isPreconditions(value: unknown, options?: ValidateOptions): value is Preconditions;
/** Checks `value` against {@link Preconditions } and returns it typed, or every field error. */
export declare function validatePreconditions(value: unknown, options?: ValidateOptions): ValidationResult<Preconditions>;
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link Preconditions }. */
export declare function assertPreconditions(value: unknown, options?: ValidateOptions): asserts value is Preconditions;
/** True when `value` is a valid {@link ShardInfo }; allocates nothing when it is. */
export declare function isShardInfo(value: unknown, options?: ValidateOptions): value is ShardInfo;
/** Checks `value` against {@link ShardInfo } and returns it typed, or every field error. */
export declare function validateShardInfo(value: unknown, options?: ValidateOptions): ValidationResult<ShardInfo>;
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link ShardInfo }. */
export declare function assertShardInfo(value: unknown, options?: ValidateOptions): asserts value is ShardInfo;
/** True when `value` is a valid {@link Status }; allocates nothing when it is. */
export declare function isStatus(value: unknown, options?: ValidateOptions): value is Status;
/** Checks `value` against {@link Status } and returns it typed, or every field error. */
export declare function validateStatus(value: unknown, options?: ValidateOptions): ValidationResult<Status>;
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link Status }. */
export declare function assertStatus(value: unknown, options?: ValidateOptions): asserts value is Status;
/** True when `value` is a valid {@link StatusCause }; allocates nothing when it is. */
export declare function isStatusCause(value: unknown, options?: ValidateOptions): value is StatusCause;
/** Checks `value` against {@link StatusCause } and returns it typed, or every field error. */
export declare function validateStatusCause(value: unknown, options?: ValidateOptions): ValidationResult<StatusCause>;
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link StatusCause }. */
export declare function assertStatusCause(value: unknown, options?: ValidateOptions): asserts value is StatusCause;
/** True when `value` is a valid {@link StatusDetails }; allocates nothing when it is. */
export declare function isStatusDetails(value: unknown, options?: ValidateOptions): value is StatusDetails;
/** Checks `value` against {@link StatusDetails } and returns it typed, or every field error. */
export declare function validateStatusDetails(value: unknown, options?: ValidateOptions): ValidationResult<StatusDetails>;
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link StatusDetails }. */
export declare function assertStatusDetails(value: unknown, options?: ValidateOptions): asserts value is StatusDetails;
/** True when `value` is a valid {@link Time }; allocates nothing when it is. */
export declare function isTime(value: unknown, options?: ValidateOptions): value is Time;
/** Checks `value` against {@link Time } and returns it typed, or every field error. */
export declare function validateTime(value: unknown, options?: ValidateOptions): ValidationResult<Time>;
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link Time }. */
export declare function assertTime(value: unknown, options?: ValidateOptions): asserts value is Time;
/** True when `value` is a valid {@link RawExtension }; allocates nothing when it is. */
export declare function isRawExtension(value: unknown, options?: ValidateOptions): value is RawExtension;
/** Checks `value` against {@link RawExtension } and returns it typed, or every field error. */
export declare function validateRawExtension(value: unknown, options?: ValidateOptions): ValidationResult<RawExtension>;
/** Throws a {@link ValidationError} carrying every field error unless `value` is a valid {@link RawExtension }. */
export declare function assertRawExtension(value: unknown, options?: ValidateOptions): asserts value is RawExtension;
//# sourceMappingURL=validators.d.ts.map
